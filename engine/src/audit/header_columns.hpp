// The header row of a shipment log resolved against chipgate's columns (and the user's
// mapping): where each column is, and every problem found at once, so a user fixes the header
// in one go.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "audit/audit_mapping.hpp"
#include "audit/columns.hpp"
#include "audit/csv.hpp"

namespace chipgate::audit_detail {

struct ColumnIndex {
  std::array<std::optional<std::size_t>, kAuditColumnCount> at{};  // 0-based field per column
  std::size_t field_count = 0;                                      // fields in the header
  std::vector<std::size_t> id_parts;  // a composite shipment id: the fields joined, in order
};

struct HeaderResolution {
  ColumnIndex index;
  std::vector<std::string> problems;  // fatal: no row may be read
  std::vector<std::string> notes;     // optional columns absent, and what that means
};

// `delimiter` is the one the header was read with, for the hint when the header is one field.
HeaderResolution ResolveHeader(const CsvRecord& header, const AuditMapping& mapping, char delimiter);

}  // namespace chipgate::audit_detail
