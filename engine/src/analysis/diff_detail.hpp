// Internals of the diff: the candidate causes (what differs in the rules between the two sides)
// and their attribution to one changed decision.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "chipgate/decision.hpp"
#include "analysis/diff.hpp"

namespace chipgate::analysis {

// Rules in force on one date only, group memberships and `treat`s that differ between the dates.
std::vector<Cause> DateCauses(const Model& model, Date from, Date to);
// Rules, group memberships (on `date`) and definitions that differ between two trees.
std::vector<Cause> TreeCauses(const RuleTree& a, const RuleTree& b, Date date);
// Sorts by kind, id, country.
void SortCauses(std::vector<Cause>& causes);

// Every rule node of an explanation (of one top-level section, when `only_section` is set):
// rule id -> whether it holds (true, or unknown: it may). A rule not in force has no node.
using RuleOutcomes = std::map<std::string, Tri>;
RuleOutcomes OutcomesOf(const Explanation& root, std::optional<ExplainSection> only_section = std::nullopt);

// The causes behind one changed decision (indices, ascending): rule causes whose rule holds or
// may hold on either side or whose outcome differs (a rule without a node counts as not
// holding); membership and treat causes of `countries`.
// When none applies, the definition causes (the fallback for edited sets, metrics, params).
std::vector<std::size_t> Attribute(const std::vector<Cause>& causes, const RuleOutcomes& a, const RuleOutcomes& b,
                                   const std::vector<CountryCode>& countries);

// The rules whose outcome differs between the sides (a rule without a node does not hold).
std::vector<std::string> ChangedRules(const RuleOutcomes& a, const RuleOutcomes& b);

}  // namespace chipgate::analysis
