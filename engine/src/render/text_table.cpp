// Rendering of aligned text tables (see text_table.hpp).
#include "render/text_table.hpp"

#include <algorithm>

namespace chipgate::render {
namespace {

std::size_t Width(const std::string& text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U;
  }));
}

void AppendRow(std::string& out, const std::vector<Column>& columns,
               const std::vector<std::size_t>& widths, const std::vector<std::string>& cells) {
  std::string line;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    const std::string padding(widths[i] - Width(cells[i]), ' ');
    if (i > 0) line += "  ";
    line += columns[i].align == Align::kRight ? padding + cells[i] : cells[i] + padding;
  }
  while (!line.empty() && line.back() == ' ') line.pop_back();
  out += line + "\n";
}

}  // namespace

std::string TextTable::Render() const {
  std::vector<std::size_t> widths;
  std::vector<std::string> headers;
  for (const Column& c : columns_) {
    widths.push_back(Width(c.header));
    headers.push_back(c.header);
  }
  for (const auto& row : rows_) {
    for (std::size_t i = 0; i < columns_.size(); ++i) widths[i] = std::max(widths[i], Width(row[i]));
  }
  std::string out;
  AppendRow(out, columns_, widths, headers);
  for (const auto& row : rows_) AppendRow(out, columns_, widths, row);
  return out;
}

}  // namespace chipgate::render
