// Line tables for source files.
#include "chipgate/source.hpp"

#include <algorithm>
#include <cstring>

namespace chipgate {

SourceFile::SourceFile(std::string path, std::string text)
    : path_(std::move(path)), text_(std::move(text)) {
  line_starts_.push_back(0);
  // memchr: every load builds the line tables of a few hundred kilobytes of sources.
  const char* const begin = text_.data();
  const char* const end = begin + text_.size();
  for (const char* p = begin; (p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)))) != nullptr;) {
    ++p;
    line_starts_.push_back(static_cast<std::uint32_t>(p - begin));
  }
}

LineColumn SourceFile::Locate(std::uint32_t offset) const {
  offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(text_.size()));
  const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const auto line = static_cast<std::uint32_t>(it - line_starts_.begin());
  std::uint32_t column = 1;
  for (std::uint32_t i = line_starts_[line - 1]; i < offset; ++i) {
    // Count code points: skip UTF-8 continuation bytes.
    if ((static_cast<unsigned char>(text_[i]) & 0xC0U) != 0x80U) ++column;
  }
  return {line, column};
}

std::string_view SourceFile::Line(std::uint32_t line) const {
  if (line == 0 || line > line_starts_.size()) return {};
  const std::uint32_t begin = line_starts_[line - 1];
  std::uint32_t end = line < line_starts_.size() ? line_starts_[line] : static_cast<std::uint32_t>(text_.size());
  while (end > begin && (text_[end - 1] == '\n' || text_[end - 1] == '\r')) --end;
  return std::string_view(text_).substr(begin, end - begin);
}

std::uint32_t SourceFile::OffsetOf(std::uint32_t line, std::uint32_t byte_column) const {
  if (line == 0) line = 1;
  if (line > line_starts_.size()) return static_cast<std::uint32_t>(text_.size());
  const std::uint32_t begin = line_starts_[line - 1];
  const auto length = static_cast<std::uint32_t>(Line(line).size());
  return begin + std::min(byte_column > 0 ? byte_column - 1 : 0, length);
}

std::uint32_t SourceSet::Add(std::string path, std::string text) {
  files_.emplace_back(std::move(path), std::move(text));
  return static_cast<std::uint32_t>(files_.size() - 1);
}

}  // namespace chipgate
