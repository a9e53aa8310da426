// The expectation keys of a case (`[case.expect]`): one table that the reader, the checker, the
// reports and the docs agree on. Each key says what it compares and whether it needs a
// destination (a case without `to` only classifies the item).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace chipgate::cases {

enum class ExpectKey : std::uint8_t {
  kClassifications,
  kCriteria,
  kUndecided,
  kLicenseRequired,
  kReviewPolicy,
  kExceptions,
  kMaybeExceptions,
  kStatus,
  kMissing,
  kRequirements,
  kTreatedAs,
  kOutcome,
  kConditions,
  kCount,
};
inline constexpr std::size_t kExpectKeyCount = static_cast<std::size_t>(ExpectKey::kCount);

enum class ExpectShape : std::uint8_t {
  kText,    // one string, compared exactly
  kSet,     // an array, compared as a set (order and repeats do not matter)
  kSubset,  // an array whose every value must be among the answer's
};

struct ExpectSpec {
  ExpectKey key;
  std::string_view name;  // the key in the file
  ExpectShape shape;
  bool needs_destination;
  std::vector<std::string_view> allowed;  // the values a text key may take; empty: any
};

const ExpectSpec& SpecOf(ExpectKey key);
std::optional<ExpectKey> ExpectKeyByName(std::string_view name);
std::vector<std::string_view> ExpectKeyNames();

}  // namespace chipgate::cases
