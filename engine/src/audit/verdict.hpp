// The comparison at the heart of the audit: what the rules required against what the row
// claimed. Pure functions of three-valued inputs, so every combination is tested directly.
#pragma once

#include <string>
#include <vector>

#include "audit/claim.hpp"
#include "audit/row_verdict.hpp"
#include "chipgate/decision.hpp"

namespace chipgate::audit_detail {

struct ClaimCheck {
  Verdict verdict = Verdict::kIndeterminate;
  std::string sentence;  // the first reason: why this verdict, in words
};

// `license`: whether a license was required. `exception`: whether the claimed exception
// applies to the row (kFalse when the code is not one the rules provide). Unknown never turns
// into ok: a claim that cannot be checked is indeterminate.
ClaimCheck CompareClaim(Tri license, Tri exception, const Claim& claim);
// The same, first asking whether the shipment was prohibited: then no claim authorizes it.
ClaimCheck CompareClaim(Outcome outcome, Tri license, Tri exception, const Claim& claim);

// "none", "undetermined", or "license (presumption of denial) or exception NAC"; for a
// prohibited shipment "prohibited (no license can authorize it)".
std::string RequiredText(Outcome outcome, Tri license, ReviewPolicy review, bool review_known, const std::vector<std::string>& exceptions);
std::string RequiredText(Tri license, ReviewPolicy review, bool review_known, const std::vector<std::string>& exceptions);

}  // namespace chipgate::audit_detail
