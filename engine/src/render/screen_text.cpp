// The matrix as an aligned text table (see screen_render.hpp). Merged columns ("#1") are keyed
// below the table, then the legend and the provenance.
#include <fmt/format.h>

#include "render/screen_render.hpp"
#include "render/text_table.hpp"

namespace chipgate::render {

std::string ScreenText(const ScreenView& v) {
  const ScreenMatrix& m = v.matrix;
  std::vector<Column> columns = {{"product"}, {"classification"}};
  for (const auto& c : m.columns) columns.push_back({c.merged ? fmt::format("{} ({})", c.label, c.members.size()) : c.label});
  TextTable table(columns);
  for (std::size_t r = 0; r < m.rows.size(); ++r) {
    std::vector<std::string> cells = {v.session.catalog.items()[m.rows[r]].id, RowClassification(v, r)};
    for (std::size_t c = 0; c < m.columns.size(); ++c) cells.push_back(CellText(v, r, c));
    table.AddRow(std::move(cells));
  }
  std::string out = ScreenHeader(v) + "\n\n" + table.Render();
  bool keyed = false;
  for (const auto& c : m.columns) {
    if (!c.merged && !c.is_group) continue;
    if (!std::exchange(keyed, true)) out += "\nColumns\n";
    std::string members;
    for (const auto d : c.members) members += (members.empty() ? "" : " ") + d.ToString();
    out += fmt::format("  {} ({}{}): {}\n", c.label, c.members.size(), c.merged ? " destinations with the same decisions" : " members on the date",
                       members);
  }
  out += "\nLegend\n";
  for (const auto& [code, meaning] : CellLegend()) out += fmt::format("  {:<13} {}\n", code, meaning);
  out += "  A group cell counts its members' codes (\"LIC:denial ×22\").\n";
  out += fmt::format("\nProvenance: rules sha256 {}, catalog sha256 {}, params {}, chipgate {}\n", v.session.model.rules_hash.substr(0, 16),
                     v.session.catalog_hash.substr(0, 16), ParamsText(v.session), CHIPGATE_VERSION);
  return out;
}

}  // namespace chipgate::render
