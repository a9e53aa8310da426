// Codes for "why is this unknown" in the fast evaluator's registers; MissingName gives the same
// names the explaining evaluator lists, so the two can be compared.
#pragma once

#include <cstdint>

#include "catalog/catalog.hpp"

namespace chipgate::eval {

// 1..kNumberFieldCount: the number field (code - 1).
constexpr std::uint16_t kMissingDatacenter = 40;
constexpr std::uint16_t kMissingMemoryType = 41;
constexpr std::uint16_t kMissingDenseTops = 42;
constexpr std::uint16_t kMissingEndUserHq = 43;
constexpr std::uint16_t kMissingExporterHq = 44;
constexpr std::uint16_t kMissingOverflow = 45;
constexpr std::uint16_t kMissingDivisionByZero = 46;
constexpr std::uint16_t kMissingDepth = 47;

constexpr std::uint16_t FieldCode(NumberField f) { return static_cast<std::uint16_t>(static_cast<std::uint16_t>(f) + 1); }

}  // namespace chipgate::eval
