// The answer's value per expectation key (see observe.hpp).
#include "cases/observe.hpp"

#include <algorithm>

#include "render/answer.hpp"

namespace chipgate::cases {
namespace {

std::vector<std::string> Sorted(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

std::vector<std::string> MaybeExceptions(const Decision& d) {
  std::vector<std::string> out;
  for (const auto& e : d.exceptions) {
    if (e.available == Tri::kUnknown) out.push_back(e.code);
  }
  return Sorted(std::move(out));
}

std::vector<std::string> ConditionIds(const Decision& d, const Model& model) {
  std::vector<std::string> out;
  for (const auto& c : d.conditions) out.push_back(render::ConditionId(model, c, d.party_hits));
  return Sorted(std::move(out));
}

std::vector<std::string> One(std::string_view text) { return {std::string(text)}; }

}  // namespace

std::vector<std::string> Observe(ExpectKey key, const Decision& d, const Model& model) {
  switch (key) {
    case ExpectKey::kClassifications: return Sorted(d.classifications);
    case ExpectKey::kCriteria: return Sorted(d.criteria);
    case ExpectKey::kUndecided: return Sorted(d.unknown_classifications);
    case ExpectKey::kLicenseRequired: return One(TriName(d.license_required));
    case ExpectKey::kReviewPolicy: return One(d.review_known ? ReviewPolicyName(d.review) : "unknown");
    case ExpectKey::kExceptions: return Sorted(d.AvailableExceptions());
    case ExpectKey::kMaybeExceptions: return MaybeExceptions(d);
    case ExpectKey::kStatus: return One(d.determined ? "determined" : "indeterminate");
    case ExpectKey::kMissing: return Sorted(d.missing);
    case ExpectKey::kRequirements: return Sorted(d.triggered);
    case ExpectKey::kTreatedAs: return One(d.destination_treated_as ? d.destination_treated_as->ToString() : "none");
    case ExpectKey::kOutcome: return One(OutcomeKey(d.outcome));
    case ExpectKey::kConditions: return ConditionIds(d, model);
    case ExpectKey::kCount: break;
  }
  return {};
}

bool Satisfies(ExpectShape shape, const std::vector<std::string>& expected, const std::vector<std::string>& observed) {
  switch (shape) {
    case ExpectShape::kText: return observed == expected;
    case ExpectShape::kSet: return Sorted(expected) == observed;
    case ExpectShape::kSubset:
      return std::all_of(expected.begin(), expected.end(),
                         [&](const std::string& e) { return std::find(observed.begin(), observed.end(), e) != observed.end(); });
  }
  return false;
}

}  // namespace chipgate::cases
