// What a run counted: the account read = decided + rejected, and the rows by verdict. The
// store, the report and the exit status all read it.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

#include "audit/row_verdict.hpp"

namespace chipgate {

struct AuditCounts {
  std::uint64_t read = 0;  // records after the header
  std::uint64_t decided = 0;
  std::uint64_t rejected = 0;
  std::array<std::uint64_t, kVerdictCount> by_verdict{};
  std::uint64_t blank_lines = 0;

  std::uint64_t of(Verdict v) const { return by_verdict[static_cast<std::size_t>(v)]; }
  // Prohibited, violation, indeterminate or rejected rows: what the exit status reports.
  bool has_findings() const;
};

}  // namespace chipgate
