// The memo's "what was checked" sections (see checked_render.hpp).
#include <fmt/format.h>

#include "explain/checked.hpp"
#include "render/checked_render.hpp"

namespace chipgate::render {
namespace {

// The first detail beneath a node without its own (a `not` says what held beneath it).
std::string DetailOf(const Explanation& e) {
  if (!e.detail.empty()) return e.detail;
  for (const auto& c : e.children) {
    if (!c.detail.empty()) return c.detail;
  }
  return "";
}

// Whether a fact's detail names what was tested as well as the result: a comparison with its
// margin, a membership, a classification ("EAR99 does not hold"), an end-use answer
// ("military_end_use: no"). An attribute test's detail gives only the value ("vendor = NVIDIA").
bool SaysItAll(const Model& model, const Explanation& fact) {
  switch (fact.kind) {
    case ExplainKind::kComparison:
    case ExplainKind::kMembership:
    case ExplainKind::kReference: return true;
    case ExplainKind::kAttribute: return fact.node != kNoNode && model.node(fact.node).op == NodeOp::kInput;
    default: return false;
  }
}

void RuleFooter(const RuleInfo& info, std::string& out) {
  if (!info.cites.empty()) out += fmt::format("       cite: {}\n", info.cites.front());
  if (info.status != RuleStatus::kInForce) out += fmt::format("       status: {}\n", RuleStatusName(info.status));
}

std::string Counts(const explain::RequirementsChecked& c, Date date) {
  std::string out = fmt::format("  Not listed: {} in force for classifications this item does not have; {} not in force on {}",
                                c.not_for_item, c.not_in_force, date.ToString());
  if (c.conditions > 0) out += fmt::format("; {} asked as conditions above", c.conditions);
  if (c.applied > 0) out += fmt::format("; {} under Reasons", c.applied);
  return out + ".\n";
}

std::string RequirementsSection(const Model& model, const Decision& d) {
  const explain::RequirementsChecked checked = explain::CheckedRequirements(model, d);
  std::string out = fmt::format("\nRequirements checked that do not apply on {}\n", d.date.ToString());
  for (const auto& n : checked.not_applied) {
    const RuleInfo& info = model.Info(n.rule);
    out += fmt::format("  - {}: {}\n", info.id, info.title);
    for (const Explanation* f : n.facts) out += fmt::format("       {}\n", FactText(model, *f));
    RuleFooter(info, out);
  }
  return out + Counts(checked, d.date);
}

std::string ThresholdsSection(const Model& model, const Decision& d) {
  const std::vector<explain::ThresholdMissed> missed = explain::MissedThresholds(model, d);
  if (missed.empty()) return "";
  std::string out = "\nClassification criteria not met, with the margins to their thresholds\n";
  for (const auto& m : missed) {
    const RuleInfo& info = model.Info(m.rule);
    out += fmt::format("  - {}: {} ({}){}\n", model.eccns[m.eccn].name, info.title, info.id,
                       m.node->value == Tri::kUnknown ? ", undecided" : "");
    for (const Explanation* c : m.comparisons) out += fmt::format("       {}\n", c->detail);
    RuleFooter(info, out);
  }
  return out;
}

}  // namespace

std::string FactText(const Model& model, const Explanation& fact) {
  if (!fact.detail.empty() && SaysItAll(model, fact)) return fact.detail;
  const std::string detail = DetailOf(fact);
  if (fact.kind == ExplainKind::kLetter) return fmt::format("{} does not bind this shipment: {}", fact.label, detail);
  const char* verdict = fact.value == Tri::kUnknown ? "is unknown" : "does not hold";
  if (detail.empty()) return fmt::format("`{}` {}", fact.label, verdict);
  return fmt::format("`{}` {}: {}", fact.label, verdict, detail);
}

std::string CheckedRulesText(const Model& model, const Decision& d) {
  return RequirementsSection(model, d) + ThresholdsSection(model, d);
}

}  // namespace chipgate::render
