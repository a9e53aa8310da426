// The rules a decision ruled out, and why (see checked.hpp).
#include "explain/checked.hpp"

#include <algorithm>

namespace chipgate::explain {
namespace {

bool IsJunction(const Model& model, const Explanation& e) {
  if (e.kind != ExplainKind::kCondition || e.node == kNoNode) return false;
  const NodeOp op = model.node(e.node).op;
  return op == NodeOp::kAnd || op == NodeOp::kOr;
}

// The value of every classification the decision evaluated (absent: no rule in force defines
// it on the date, so it does not hold).
Tri EccnValue(const Explanation* classification, std::uint32_t eccn) {
  if (classification == nullptr) return Tri::kUnknown;
  for (const auto& c : classification->children) {
    if (c.kind == ExplainKind::kEccn && c.eccn == eccn) return c.value;
  }
  return Tri::kFalse;
}

// A requirement with a `for` clause concerns the item only if one of its classifications holds
// or may hold.
bool ForOtherClassifications(const RequireRule& rule, const Explanation* classification) {
  if (rule.eccns.empty()) return false;
  return std::all_of(rule.eccns.begin(), rule.eccns.end(),
                     [&](std::uint32_t e) { return EccnValue(classification, e) == Tri::kFalse; });
}

bool IsCondition(const Decision& d, RuleRef rule) {
  return std::any_of(d.conditions.begin(), d.conditions.end(),
                     [&](const Condition& c) { return c.kind == ConditionKind::kEndUse && c.rule == rule; });
}

// The facts beneath a rule node that make it `value`. A classify rule's node also holds its
// `unless` test, which is not part of why `when` failed: only the children of `when` count.
std::vector<const Explanation*> RuleFacts(const Model& model, const Explanation& rule, Tri value, std::optional<NodeId> when_only) {
  std::vector<const Explanation*> out;
  for (const auto& c : rule.children) {
    if (c.value != value || (when_only && c.node != *when_only)) continue;
    FactsBehind(model, c, value, out);
  }
  return out;
}

bool HasFalseKindTest(const std::vector<const Explanation*>& facts) {
  return std::any_of(facts.begin(), facts.end(), [](const Explanation* f) { return f->kind == ExplainKind::kKindTest; });
}

}  // namespace

void FactsBehind(const Model& model, const Explanation& e, Tri value, std::vector<const Explanation*>& out) {
  if (out.size() >= kMaxFactsPerRule) return;
  if (!IsJunction(model, e)) {
    out.push_back(&e);
    return;
  }
  for (const auto& c : e.children) {
    if (c.value == value) FactsBehind(model, c, value, out);
  }
}

RequirementsChecked CheckedRequirements(const Model& model, const Decision& d) {
  RequirementsChecked out;
  const Explanation* classification = d.explanation.Section(ExplainSection::kClassification);
  const Explanation* section = d.explanation.Section(ExplainSection::kRequirements);
  for (std::uint32_t r = 0; r < model.requirements.size(); ++r) {
    if (!model.requirements[r].info.in_force.Contains(d.date)) ++out.not_in_force;
  }
  if (section == nullptr) return out;
  for (const auto& x : section->children) {
    if (x.kind != ExplainKind::kRule || !x.rule || x.rule->kind != RuleKind::kRequire) continue;
    const RuleRef ref = *x.rule;
    if (x.value != Tri::kFalse) {
      ++out.applied;
    } else if (ForOtherClassifications(model.requirements[ref.index], classification)) {
      ++out.not_for_item;
    } else if (IsCondition(d, ref)) {
      ++out.conditions;
    } else {
      out.not_applied.push_back({ref, &x, RuleFacts(model, x, Tri::kFalse, std::nullopt)});
    }
  }
  return out;
}

std::vector<ThresholdMissed> MissedThresholds(const Model& model, const Decision& d) {
  std::vector<ThresholdMissed> out;
  const Explanation* classification = d.explanation.Section(ExplainSection::kClassification);
  if (classification == nullptr) return out;
  for (const auto& eccn : classification->children) {
    for (const auto& x : eccn.children) {
      if (!x.rule || x.rule->kind != RuleKind::kClassify || x.value == Tri::kTrue) continue;
      const ClassifyRule& rule = model.classify_rules[x.rule->index];
      const std::vector<const Explanation*> facts = RuleFacts(model, x, x.value, rule.when);
      if (HasFalseKindTest(facts)) continue;
      ThresholdMissed miss{*x.rule, rule.eccn, &x, {}};
      for (const Explanation* f : facts) {
        if (f->comparison) miss.comparisons.push_back(f);
      }
      if (!miss.comparisons.empty()) out.push_back(std::move(miss));
    }
  }
  return out;
}

}  // namespace chipgate::explain
