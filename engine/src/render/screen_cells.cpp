// The words of the matrix shared by every format: a cell's text (a group column's counts) and a
// row's classification.
#include <fmt/format.h>

#include "render/screen_render.hpp"

namespace chipgate::render {

std::string CellText(const ScreenView& v, std::size_t row, std::size_t column) {
  const ScreenColumn& c = v.matrix.columns[column];
  const auto cells = v.matrix.At(row, column);
  if (!c.is_group) return CellCode(cells[0], v.session.model);
  if (cells.empty()) return "(no members)";
  std::string out;
  for (const auto& [code, count] : CountCodes(cells, v.session.model)) {
    out += fmt::format("{}{} ×{}", out.empty() ? "" : ", ", code, count);
  }
  return out;
}

std::string RowClassification(const ScreenView& v, std::size_t row) {
  std::string out;
  for (const auto e : v.matrix.classified[row]) out += (out.empty() ? "" : ", ") + v.session.model.eccns[e].name;
  for (const auto e : v.matrix.undecided[row]) out += (out.empty() ? "?" : ", ?") + v.session.model.eccns[e].name;
  return out.empty() ? "-" : out;
}

std::string ParamsText(const EngineState& s) {
  std::string out;
  for (std::size_t i = 0; i < s.model.params.size(); ++i) {
    const ParamSym& p = s.model.params[i];
    const std::string value = p.type == Type::kBool ? (s.params.bools[i] ? "true" : "false") : s.params.numbers[i].ToString(6);
    out += fmt::format("{}{}={}", out.empty() ? "" : ", ", p.name, value);
  }
  return out.empty() ? "none" : out;
}

std::string ScreenHeader(const ScreenView& v) {
  std::size_t destinations = 0;
  for (const auto& c : v.matrix.columns) destinations += c.members.size();
  return fmt::format("{} products x {} destinations on {}; end user {}; exporter headquarters {}",
                     v.matrix.rows.size(), destinations, v.date.ToString(), v.end_user.Describe(),
                     v.exporter_hq ? v.exporter_hq->ToString() : "not given");
}

}  // namespace chipgate::render
