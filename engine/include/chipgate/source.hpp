// Source text kept for diagnostics. Positions are byte offsets; line and column are computed
// only when a diagnostic is rendered (1-based, columns counted in code points).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace chipgate {

struct Span {
  std::uint32_t file = 0;   // index in a SourceSet
  std::uint32_t begin = 0;  // byte offsets, [begin, end)
  std::uint32_t end = 0;
};

struct LineColumn {
  std::uint32_t line = 1;    // 1-based
  std::uint32_t column = 1;  // 1-based, in code points
};

class SourceFile {
 public:
  SourceFile(std::string path, std::string text);

  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }
  LineColumn Locate(std::uint32_t offset) const;
  std::uint32_t LineCount() const { return static_cast<std::uint32_t>(line_starts_.size()); }
  // The text of a 1-based line, without its line terminator.
  std::string_view Line(std::uint32_t line) const;
  // Byte offset of a 1-based line and column (columns in bytes from the line start); clamps.
  std::uint32_t OffsetOf(std::uint32_t line, std::uint32_t byte_column) const;

 private:
  std::string path_;
  std::string text_;
  std::vector<std::uint32_t> line_starts_;
};

// Owns every source file of one run, so spans stay valid for as long as the set lives.
class SourceSet {
 public:
  std::uint32_t Add(std::string path, std::string text);
  const SourceFile& file(std::uint32_t id) const { return files_[id]; }
  std::size_t size() const { return files_.size(); }

 private:
  std::vector<SourceFile> files_;
};

}  // namespace chipgate
