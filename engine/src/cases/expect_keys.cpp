// The expectation key table (see expect_keys.hpp). The allowed values of text keys are the
// engine's own vocabulary (TriName, ReviewPolicyName, OutcomeKey), so a misspelt expectation is
// refused when the file is read instead of failing, or worse passing, when the case runs.
#include "cases/expect_keys.hpp"

#include <array>

namespace chipgate::cases {
namespace {

using K = ExpectKey;
using S = ExpectShape;

const std::array<ExpectSpec, kExpectKeyCount>& Table() {
  static const std::array<ExpectSpec, kExpectKeyCount> kTable = {{
      {K::kClassifications, "classifications", S::kSet, false, {}},
      {K::kCriteria, "criteria", S::kSet, false, {}},
      {K::kUndecided, "undecided", S::kSet, false, {}},
      {K::kLicenseRequired, "license_required", S::kText, true, {"true", "false", "unknown"}},
      {K::kReviewPolicy, "review_policy", S::kText, true,
       {"presumption_of_denial", "case_by_case", "presumption_of_approval", "none", "unknown"}},
      {K::kExceptions, "exceptions", S::kSet, true, {}},
      {K::kMaybeExceptions, "maybe_exceptions", S::kSet, true, {}},
      {K::kStatus, "status", S::kText, true, {"determined", "indeterminate"}},
      {K::kMissing, "missing", S::kSubset, true, {}},
      {K::kRequirements, "requirements", S::kSet, true, {}},
      {K::kTreatedAs, "treated_as", S::kText, true, {}},
      {K::kOutcome, "outcome", S::kText, true, {"no_license_required", "license_required", "prohibited", "indeterminate"}},
      {K::kConditions, "conditions", S::kSet, true, {}},
  }};
  return kTable;
}

}  // namespace

const ExpectSpec& SpecOf(ExpectKey key) { return Table()[static_cast<std::size_t>(key)]; }

std::optional<ExpectKey> ExpectKeyByName(std::string_view name) {
  for (const auto& spec : Table()) {
    if (spec.name == name) return spec.key;
  }
  return std::nullopt;
}

std::vector<std::string_view> ExpectKeyNames() {
  std::vector<std::string_view> names;
  for (const auto& spec : Table()) names.push_back(spec.name);
  return names;
}

}  // namespace chipgate::cases
