// Typed reasons (see reasons.hpp).
#include "decide/reasons.hpp"

namespace chipgate::decide {
namespace {

bool HasClassifyRuleHolding(const Explanation& eccn) {
  for (const auto& child : eccn.children) {
    if (child.rule && child.rule->kind == RuleKind::kClassify && child.value == Tri::kTrue) return true;
  }
  return false;
}

void ReasonsOfEccn(const Explanation& eccn, std::vector<Reason>& out) {
  const bool rule_held = HasClassifyRuleHolding(eccn);
  for (const auto& child : eccn.children) {
    if (!child.rule || child.value != Tri::kTrue) continue;
    if (child.rule->kind == RuleKind::kClassify && eccn.value == Tri::kTrue) {
      Reason r;
      r.kind = ReasonKind::kClassification;
      r.rule = *child.rule;
      r.eccn = eccn.eccn;
      out.push_back(r);
    }
  }
  // A note is a reason only where it changed something: a rule held and the note took it away.
  for (const auto& child : eccn.children) {
    if (!rule_held || !child.rule || child.rule->kind != RuleKind::kNote || child.value != Tri::kTrue) continue;
    Reason r;
    r.kind = ReasonKind::kNote;
    r.rule = *child.rule;
    r.eccn = eccn.eccn;
    out.push_back(r);
  }
}

Reason RuleReason(ReasonKind kind, Tri state, RuleKind rule_kind, std::size_t index) {
  Reason r;
  r.kind = kind;
  r.state = state;
  r.rule = {rule_kind, static_cast<std::uint32_t>(index)};
  return r;
}

}  // namespace

std::vector<Reason> ClassificationReasons(const Explanation& classification_section) {
  std::vector<Reason> out;
  for (const auto& eccn : classification_section.children) {
    if (eccn.kind == ExplainKind::kEccn) ReasonsOfEccn(eccn, out);
  }
  return out;
}

std::vector<Reason> DeterminationReasons(const Combined& c, std::optional<std::uint32_t> treat,
                                         const std::vector<Reason>& classification, std::size_t requirement_count,
                                         std::size_t exception_count) {
  std::vector<Reason> out;
  if (treat) {
    Reason r;
    r.kind = ReasonKind::kTreatedAs;
    r.treat = *treat;
    out.push_back(r);
  }
  out.insert(out.end(), classification.begin(), classification.end());
  for (std::size_t i = 0; i < requirement_count; ++i) {
    if (c.requirement_true.test(i)) out.push_back(RuleReason(ReasonKind::kRequirement, Tri::kTrue, RuleKind::kRequire, i));
    if (c.requirement_unknown.test(i)) out.push_back(RuleReason(ReasonKind::kRequirement, Tri::kUnknown, RuleKind::kRequire, i));
  }
  if (c.license_required == Tri::kFalse) {
    Reason r;
    r.kind = ReasonKind::kNoRequirement;
    out.push_back(r);
  }
  if (c.review_requirement >= 0) {
    Reason r;
    r.kind = ReasonKind::kReview;
    r.policy = c.review;
    r.rule = c.review_override >= 0 ? RuleRef{RuleKind::kOverride, static_cast<std::uint32_t>(c.review_override)}
                                     : RuleRef{RuleKind::kRequire, static_cast<std::uint32_t>(c.review_requirement)};
    r.arm = c.review_override >= 0 ? -1 : c.review_arm;
    out.push_back(r);
  }
  for (std::size_t i = 0; i < exception_count; ++i) {
    if (c.exception_true.test(i)) out.push_back(RuleReason(ReasonKind::kException, Tri::kTrue, RuleKind::kException, i));
    if (c.exception_unknown.test(i)) out.push_back(RuleReason(ReasonKind::kException, Tri::kUnknown, RuleKind::kException, i));
  }
  return out;
}

}  // namespace chipgate::decide
