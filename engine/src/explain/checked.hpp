// What a decision checked and found not to apply, read from its explanation tree as data: the
// requirement rules in force that did not hold, each with the facts that made its condition
// false, and the classification rules that did not hold with the margins to their thresholds.
// A "no license required" memo shows these, so its reader sees what was ruled out and by how
// much, as a "license required" memo shows what held. Everything here is selected by typed
// fields (explanation kinds, rule references, model node operators), never by a label's words.
#pragma once

#include <cstddef>
#include <vector>

#include "check/model.hpp"
#include "chipgate/decision.hpp"

namespace chipgate::explain {

// At most this many facts are kept per rule: a condition that failed for many reasons is
// explained well enough by the first few.
inline constexpr std::size_t kMaxFactsPerRule = 4;

// A requirement rule in force that was evaluated and did not hold. `node` is the rule's node in
// the decision's requirements section; `facts` are the nodes beneath it that made it false: a
// comparison (with its margin), a membership, an attribute or end-use answer, an item-kind
// test, a classification reference, a letter's scope, or a `not` over something that held.
// The pointers are into the Decision's explanation and live as long as it does.
struct RuleNotApplied {
  RuleRef rule;
  const Explanation* node = nullptr;
  std::vector<const Explanation*> facts;
};

// Every requirement rule of the model, accounted for on the decision's date.
struct RequirementsChecked {
  std::vector<RuleNotApplied> not_applied;  // in force, could concern the item, did not hold
  std::size_t applied = 0;        // in force and held or may hold (the decision's reasons)
  std::size_t conditions = 0;     // did not hold only as an unstated end use taken as "no"
  std::size_t not_for_item = 0;   // in force, for classifications the item does not have
  std::size_t not_in_force = 0;   // not in force on the date
};

// Precondition: `d` was made by the explaining evaluator over `model` (its explanation has the
// classification and requirements sections).
RequirementsChecked CheckedRequirements(const Model& model, const Decision& d);

// A classification rule in force that did not hold for the item, with the numeric tests it
// missed. Rules the item fails only by its kind (a system against an IC paragraph) and rules
// with no missed numeric test (a vendor's statement, `contains`) are left out.
struct ThresholdMissed {
  RuleRef rule;                                   // a classify rule
  std::uint32_t eccn = 0;                         // index in Model::eccns
  const Explanation* node = nullptr;              // the rule's node in the classification section
  std::vector<const Explanation*> comparisons;    // the missed tests; each has a `comparison`
};

std::vector<ThresholdMissed> MissedThresholds(const Model& model, const Decision& d);

// The facts under `e` that make it `value` (false, or unknown), descending through `and` and
// `or`; at most kMaxFactsPerRule. Exposed for tests.
void FactsBehind(const Model& model, const Explanation& e, Tri value, std::vector<const Explanation*>& out);

}  // namespace chipgate::explain
