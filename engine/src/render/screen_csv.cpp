// The matrix as RFC 4180 CSV (see screen_render.hpp): one record per product, one field per
// column holding the cell code (a group column holds its counts).
#include "text/csv_writer.hpp"
#include "render/screen_render.hpp"

namespace chipgate::render {

std::string ScreenCsv(const ScreenView& v) {
  const ScreenMatrix& m = v.matrix;
  std::vector<std::string> header = {"id", "vendor", "name", "kind", "classification"};
  for (const auto& c : m.columns) {
    std::string label = c.label;
    if (c.merged) {
      label.clear();
      for (const auto d : c.members) label += (label.empty() ? "" : " ") + d.ToString();
    }
    header.push_back(label);
  }
  std::string out = CsvTextLine(header);
  for (std::size_t r = 0; r < m.rows.size(); ++r) {
    const Item& item = v.session.catalog.items()[m.rows[r]];
    std::vector<std::string> fields = {item.id, item.vendor, item.name, std::string(ItemKindKey(item.kind)), RowClassification(v, r)};
    for (std::size_t c = 0; c < m.columns.size(); ++c) fields.push_back(CellText(v, r, c));
    out += CsvTextLine(fields);
  }
  return out;
}

}  // namespace chipgate::render
