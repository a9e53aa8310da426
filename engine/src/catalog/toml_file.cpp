// Region-to-span mapping for catalog files (see toml_file.hpp).
#include "catalog/toml_file.hpp"

#include <algorithm>

namespace chipgate::catalog_detail {

std::uint32_t TomlFile::OffsetOf(const toml::source_position& position) const {
  const std::uint32_t line_start = file_.OffsetOf(position.line, 1);
  const std::string_view line = file_.Line(position.line);
  // toml++ counts columns in code points; step over whole UTF-8 sequences to get bytes.
  std::size_t i = 0;
  for (std::uint32_t column = 1; column < position.column && i < line.size(); ++column) {
    ++i;
    while (i < line.size() && (static_cast<unsigned char>(line[i]) & 0xC0U) == 0x80U) ++i;
  }
  return line_start + static_cast<std::uint32_t>(i);
}

Span TomlFile::SpanOf(const toml::source_region& region) const {
  const std::uint32_t begin = OffsetOf(region.begin);
  const std::uint32_t end = region.end.line == 0 ? begin : OffsetOf(region.end);
  return Span{file_id_, begin, std::max(begin, end)};
}

}  // namespace chipgate::catalog_detail
