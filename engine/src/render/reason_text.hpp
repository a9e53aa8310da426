// Prose for typed reasons (decision.hpp): the one place a reason becomes words. Memos, JSON,
// audit rows and reports all call these, so a reason reads the same everywhere.
#pragma once

#include <string>
#include <vector>

#include "check/model.hpp"
#include "chipgate/decision.hpp"

namespace chipgate::render {

// "3A090.a.1: TPP of 4800 or more", "license required for ...", "presumption of denial when
// destination in d5_and_macau", "License Exception NAC is available: notify BIS ...".
std::string ReasonText(const Model& model, const Reason& reason);
// The rule id the reason names ("ear.3a090.a.1"); empty for kNoRequirement.
std::string ReasonRuleId(const Model& model, const Reason& reason);
std::vector<std::string> ReasonCites(const Model& model, const Reason& reason);
// The rule's status when it is not simply in force ("unconfirmed"), else empty.
std::string ReasonStatus(const Model& model, const Reason& reason);

// "presumption of denial", "case-by-case review", ...; "" for none.
const char* PolicyWords(ReviewPolicy p);

}  // namespace chipgate::render
