// What a decision checked and ruled out (explain/checked.hpp), as text for the memo and as JSON:
// the requirement rules in force that did not apply, each with the failing facts and its
// citation, the rest of the rules counted, and the margins to the classification thresholds the
// item missed. A "no license required" memo is otherwise only its reasons' one line.
#pragma once

#include <string>

#include "check/model.hpp"
#include "chipgate/decision.hpp"
#include "text/json.hpp"

namespace chipgate::render {

// The memo sections "Requirements checked" and "Thresholds missed", each opened by a blank line
// and a heading. Precondition: `d` comes from the explaining evaluator over `model`.
std::string CheckedRulesText(const Model& model, const Decision& d);

// One line for a fact that made a rule false: its own detail when that says it all (comparisons
// with their margins, memberships, classifications, end-use answers), else "`expression` does
// not hold: detail".
std::string FactText(const Model& model, const Explanation& fact);

// The keys "requirements_checked" {not_applied: [{rule_id, kind, text, holds, citation,
// citations, status?, failed: [fact]}], applied, conditions, not_for_item, not_in_force} and
// "thresholds_missed" [{rule_id, kind, eccn, holds, citation, citations, tests: [fact]}], where
// a fact is {kind, expression, holds, detail, comparison?, membership?}.
void WriteCheckedRulesJson(JsonWriter& w, const Model& model, const Decision& d);

}  // namespace chipgate::render
