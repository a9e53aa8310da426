// Prose for typed reasons (decision.hpp): the one place a reason becomes words. Memos, JSON,
// audit rows and reports all call these, so a reason reads the same everywhere.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "check/model.hpp"
#include "chipgate/decision.hpp"

namespace chipgate::render {

// "3A090.a.1: TPP of 4800 or more", "license required for ...", "presumption of denial when
// destination in d5_and_macau", "License Exception NAC is available: notify BIS ...".
// `parties`: the decision's party hits (kPartyListing reasons index them).
std::string ReasonText(const Model& model, const Reason& reason, std::span<const PartyHit> parties = {});
// The rule id the reason names ("ear.3a090.a.1", "party.entity_list"); empty for kNoRequirement.
std::string ReasonRuleId(const Model& model, const Reason& reason, std::span<const PartyHit> parties = {});
std::vector<std::string> ReasonCites(const Model& model, const Reason& reason, std::span<const PartyHit> parties = {});
// The same citations as a view into the model or the party hits (no copy: check's JSON renders
// them for every reason of every answer).
std::span<const std::string> ReasonCiteView(const Model& model, const Reason& reason, std::span<const PartyHit> parties = {});
// The rule's status when it is not simply in force ("unconfirmed"), else empty.
std::string ReasonStatus(const Model& model, const Reason& reason);

// "presumption of denial", "case-by-case review", ...; "" for none.
const char* PolicyWords(ReviewPolicy p);

// "end user `Sophgo` matches the Entity List entry `Sophgo Technologies Ltd.` (90 FR 4621):
// license required, presumption of denial, no license exceptions".
std::string PartyHitText(const PartyHit& h);

}  // namespace chipgate::render
