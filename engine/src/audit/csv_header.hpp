// The header row of a CSV log: column names mapped to field indices, with duplicate and missing
// required columns reported together, so a user fixes the header once rather than one error
// per run.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "audit/csv.hpp"

namespace chipgate {

// Column names mapped to field indices. Names match trimmed (spaces, tabs) and ASCII
// case-insensitively, so " Ship Date" finds "ship date".
class CsvColumns {
 public:
  std::optional<std::size_t> Find(std::string_view name) const;
  std::size_t size() const { return names_.size(); }

 private:
  friend struct CsvHeaderMap;
  std::vector<std::string> names_;  // normalised; index = field index, "" = unnamed column
};

struct CsvHeaderIssue {
  enum class Kind { kDuplicate, kMissing };
  Kind kind = Kind::kMissing;
  std::string column;           // as the caller (missing) or the file (duplicate) spelled it
  std::size_t field = 0;        // duplicate: 1-based field of the repeat; missing: 0
  std::size_t first_field = 0;  // duplicate: 1-based field of the first occurrence
};

// The product of reading a header: the mapping plus every problem found (each duplicate
// column, each required column that is absent). A caller must not trust `columns` for a
// duplicated name when issues are present.
struct CsvHeaderMap {
  CsvColumns columns;
  std::vector<CsvHeaderIssue> issues;

  bool ok() const { return issues.empty(); }
  static CsvHeaderMap FromRecord(const CsvRecord& header,
                                 std::span<const std::string_view> required);
};

}  // namespace chipgate
