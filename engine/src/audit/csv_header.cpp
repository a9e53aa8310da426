// Header-row mapping: normalise each column name, index it, and report every duplicate and
// every missing required column in one pass.
#include "audit/csv_header.hpp"

#include <algorithm>

namespace chipgate {
namespace {

// Trimmed of spaces and tabs, ASCII lower-case. Only ASCII folds: column names in our formats
// are ASCII, and a locale-dependent fold would make a header match on one machine only.
std::string Normalise(std::string_view name) {
  const auto first = name.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  name = name.substr(first, name.find_last_not_of(" \t") - first + 1);
  std::string out(name);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace

std::optional<std::size_t> CsvColumns::Find(std::string_view name) const {
  const std::string key = Normalise(name);
  if (key.empty()) return std::nullopt;
  const auto it = std::find(names_.begin(), names_.end(), key);
  if (it == names_.end()) return std::nullopt;
  return static_cast<std::size_t>(it - names_.begin());
}

CsvHeaderMap CsvHeaderMap::FromRecord(const CsvRecord& header,
                                      std::span<const std::string_view> required) {
  CsvHeaderMap map;
  for (std::size_t i = 0; i < header.size(); ++i) {
    std::string key = Normalise(header[i]);
    if (const auto first = map.columns.Find(key)) {
      map.issues.push_back(
          {CsvHeaderIssue::Kind::kDuplicate, std::string(header[i]), i + 1, *first + 1});
      key.clear();  // the first occurrence keeps the name; the repeat is unnamed
    }
    map.columns.names_.push_back(std::move(key));
  }
  for (const std::string_view name : required) {
    if (!map.columns.Find(name)) {
      map.issues.push_back({CsvHeaderIssue::Kind::kMissing, std::string(name), 0, 0});
    }
  }
  return map;
}

}  // namespace chipgate
