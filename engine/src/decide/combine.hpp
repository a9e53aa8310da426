// The one place where per-requirement results become a license determination. Both evaluators
// (the compiled fast path and the explaining tree walk) compute, for each requirement in force,
// whether it holds and under which review policy, and for each exception whether its own
// condition holds; this combines them:
//
//   license required = any requirement holds (three-valued or)
//   review policy    = the most restrictive policy of the requirements that hold; a requirement
//                      that may hold leaves it unknown if its policy is unknown or stricter
//   exception X      = X's condition, and some requirement X authorizes holds, and every
//                      requirement that holds (or may) is one X authorizes
//   determined       = the license question is settled, and so is the policy when one is needed
//
// It is pure and allocation-free, so the fast path pays nothing for sharing it.
#pragma once

#include <bitset>
#include <cstdint>
#include <span>

#include "check/model.hpp"
#include "chipgate/decision.hpp"

namespace chipgate::decide {

struct RequirementState {
  std::uint32_t requirement = 0;  // index in Model::requirements
  Tri holds = Tri::kFalse;
  // The rest is read only when `holds` is not false: the policy of the requirement's first
  // review arm that holds, replaced by the first override in force that holds.
  ReviewPolicy policy = ReviewPolicy::kNone;
  bool policy_known = true;
  std::int32_t arm = -1;            // the review arm that set the policy (-1: none, or an override)
  std::int32_t override_rule = -1;  // Model::overrides index of the override that set it
  std::uint16_t missing = 0;        // fast path: why `holds` or the policy is unknown (0: not recorded)
};

struct ExceptionState {
  std::uint32_t exception = 0;  // index in Model::exceptions
  Tri when = Tri::kFalse;       // the exception's own condition
  std::bitset<kMaxRequirements> authorizes;
};

struct Combined {
  Tri license_required = Tri::kFalse;
  ReviewPolicy review = ReviewPolicy::kNone;
  bool review_known = true;
  bool determined = true;
  Outcome outcome = Outcome::kNoLicenseRequired;
  // The rule behind the stated policy: the first holding requirement whose known policy is the
  // combined one, and the override or review arm that set it; -1 when there is none.
  std::int32_t review_requirement = -1;
  std::int32_t review_override = -1;
  std::int32_t review_arm = -1;
  std::bitset<kMaxRequirements> requirement_true;
  std::bitset<kMaxRequirements> requirement_unknown;
  std::bitset<kMaxExceptions> exception_true;
  std::bitset<kMaxExceptions> exception_unknown;
  std::uint16_t missing = 0;  // the first recorded missing input behind an open question

  bool operator==(const Combined&) const = default;
};

// `requirements` and `exceptions` list those in force, in model order.
Combined Combine(std::span<const RequirementState> requirements, std::span<const ExceptionState> exceptions);

}  // namespace chipgate::decide
