// The decision combiner (see combine.hpp).
#include "decide/combine.hpp"

namespace chipgate::decide {
namespace {

void Requirements(std::span<const RequirementState> requirements, Combined& c) {
  for (const auto& r : requirements) {
    c.requirement_true[r.requirement] = r.holds == Tri::kTrue;
    c.requirement_unknown[r.requirement] = r.holds == Tri::kUnknown;
    c.license_required = TriOr(c.license_required, r.holds);
    if (r.holds == Tri::kUnknown && c.missing == 0) c.missing = r.missing;
  }
}

// The most restrictive known policy among the requirements that hold; a requirement that only
// may hold matters if its policy is unknown or stricter than the one known.
void Review(std::span<const RequirementState> requirements, Combined& c) {
  ReviewPolicy best_known = ReviewPolicy::kNone;
  for (const auto& r : requirements) {
    if (r.holds != Tri::kTrue) continue;
    if (!r.policy_known) {
      c.review_known = false;
      if (c.missing == 0) c.missing = r.missing;
    }
    if (r.policy > c.review) c.review = r.policy;
    if (r.policy_known && r.policy > best_known) {
      best_known = r.policy;
      c.review_requirement = static_cast<std::int32_t>(r.requirement);
      c.review_override = r.override_rule;
      c.review_arm = r.arm;
    }
  }
  if (c.review == ReviewPolicy::kNone || best_known != c.review) {
    c.review_requirement = -1;
    c.review_override = -1;
    c.review_arm = -1;
  }
  for (const auto& r : requirements) {
    if (r.holds == Tri::kUnknown && (!r.policy_known || r.policy > c.review)) c.review_known = false;
  }
}

void Exceptions(std::span<const ExceptionState> exceptions, Combined& c) {
  for (const auto& x : exceptions) {
    const Tri cover = (c.requirement_true & ~x.authorizes).any()      ? Tri::kFalse
                      : (c.requirement_unknown & ~x.authorizes).any() ? Tri::kUnknown
                                                                      : Tri::kTrue;
    const Tri any = (c.requirement_true & x.authorizes).any()      ? Tri::kTrue
                    : (c.requirement_unknown & x.authorizes).any() ? Tri::kUnknown
                                                                   : Tri::kFalse;
    const Tri available = TriAnd(x.when, TriAnd(cover, any));
    c.exception_true[x.exception] = available == Tri::kTrue;
    c.exception_unknown[x.exception] = available == Tri::kUnknown;
  }
}

}  // namespace

Combined Combine(std::span<const RequirementState> requirements, std::span<const ExceptionState> exceptions) {
  Combined c;
  Requirements(requirements, c);
  Review(requirements, c);
  Exceptions(exceptions, c);
  c.determined = c.license_required != Tri::kUnknown && (c.license_required == Tri::kFalse || c.review_known);
  if (c.determined) c.missing = 0;
  c.outcome = !c.determined ? Outcome::kIndeterminate
              : c.license_required == Tri::kTrue ? Outcome::kLicenseRequired
                                                 : Outcome::kNoLicenseRequired;
  return c;
}

}  // namespace chipgate::decide
