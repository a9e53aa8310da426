// The parts of an answer every rendering shows the same way: the headline (the outcome first,
// then what it is subject to), the conditions as questions with their citations, how current
// the rules are, and the rules marked unconfirmed that the answer relies on.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "check/model.hpp"
#include "chipgate/decision.hpp"

namespace chipgate::render {

// "NO LICENSE REQUIRED, provided that the conditions below are met", "LICENSE REQUIRED
// (presumption of denial); License Exception NAC available", "INDETERMINATE: ...". A bare "NO
// LICENSE REQUIRED" only when nothing is open.
std::string Headline(const Model& model, const Decision& d);

// The question a condition asks ("Are the items for a military end use ...?").
// `parties`: the decision's party hits (party conditions index them).
std::string ConditionQuestion(const Model& model, const Condition& c, std::span<const PartyHit> parties = {});
std::string ConditionId(const Model& model, const Condition& c, std::span<const PartyHit> parties = {});
std::vector<std::string> ConditionCites(const Model& model, const Condition& c, std::span<const PartyHit> parties = {});

// Rule ids with status unconfirmed (or announced rescinded) behind the reasons that hold.
std::vector<std::string> UnconfirmedRules(const Model& model, const Decision& d);

// Warnings about the rules themselves: a date after the rules are current to.
std::vector<std::string> Warnings(const Model& model, const Decision& d);

}  // namespace chipgate::render
