// A question's claim as `check` shows it (audit/claim_answer.hpp): the memo's CLAIM section and
// the "claim" object, which WriteDecisionJson and DecisionMemo add as their last part, so the
// command line and the HTTP API give the same bytes.
#pragma once

#include <string>

#include "audit/claim_answer.hpp"
#include "text/json.hpp"

namespace chipgate::render {

// {"claimed", "kind", "verdict", "reasons", "license": {finding, covered, text, source} or null, "notes"}
void WriteClaimJson(JsonWriter& w, const ClaimAnswer& answer);
std::string ClaimText(const ClaimAnswer& answer);

}  // namespace chipgate::render
