// Why a row was rejected, as a kind: rejects are grouped by it (the report, the every-row-
// rejected help), while the message itself is for people and names the row's own value.
#pragma once

#include <cstdint>
#include <string_view>

namespace chipgate {

enum class RejectKind : std::uint8_t {
  kNone,
  kMalformedCsv,
  kFieldCount,
  kMissingValue,
  kBadDate,
  kDateOutOfCoverage,
  kUnknownItem,
  kBadCountry,
  kBadQuantity,
};
// "malformed CSV", "wrong number of fields", "no value", "not a date", ...: a group's title.
std::string_view RejectKindTitle(RejectKind kind);

}  // namespace chipgate
