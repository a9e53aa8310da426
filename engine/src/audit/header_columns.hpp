// The header row of a shipment log resolved against chipgate's columns (and the user's
// mapping): where each column is, and every problem found at once, so a user fixes the header
// in one go.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "audit/audit.hpp"
#include "audit/csv.hpp"

namespace chipgate::audit_detail {

struct ColumnIndex {
  std::array<std::optional<std::size_t>, kAuditColumnCount> at{};  // 0-based field per column
  std::size_t field_count = 0;                                      // fields in the header
};

struct HeaderResolution {
  ColumnIndex index;
  std::vector<std::string> problems;  // fatal: no row may be read
  std::vector<std::string> notes;     // optional columns absent, and what that means
};

HeaderResolution ResolveHeader(const CsvRecord& header, const AuditMapping& mapping);

}  // namespace chipgate::audit_detail
