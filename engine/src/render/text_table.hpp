// Aligned plain-text tables for terminal output: columns padded to their widest cell (counted
// in code points, so "≈" and accented names line up), two spaces apart, no trailing blanks.
#pragma once

#include <string>
#include <vector>

namespace chipgate::render {

enum class Align { kLeft, kRight };

struct Column {
  std::string header;
  Align align = Align::kLeft;
};

class TextTable {
 public:
  explicit TextTable(std::vector<Column> columns) : columns_(std::move(columns)) {}
  // Precondition: one cell per column.
  void AddRow(std::vector<std::string> cells) { rows_.push_back(std::move(cells)); }
  std::string Render() const;

 private:
  std::vector<Column> columns_;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace chipgate::render
