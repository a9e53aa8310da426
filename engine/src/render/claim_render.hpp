// A question's claim as `check` shows it (audit/claim_answer.hpp): the memo's CLAIM section and
// the "claim" object, which WriteDecisionJson and DecisionMemo add as their last part, so the
// command line and the HTTP API give the same bytes; and the same judgement as HTML for the
// web page's answer (report/decision_html.hpp).
#pragma once

#include <string>

#include "audit/claim_answer.hpp"
#include "text/json.hpp"

namespace chipgate::render {

// {"claimed", "kind", "verdict", "reasons", "license": {finding, covered, text, source} or null, "notes"}
void WriteClaimJson(JsonWriter& w, const ClaimAnswer& answer);
std::string ClaimText(const ClaimAnswer& answer);
// The CLAIM section as an HTML fragment (<h5>Claim</h5>...), every text escaped.
std::string ClaimHtml(const ClaimAnswer& answer);

}  // namespace chipgate::render
