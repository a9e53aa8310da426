// Rule coverage (see coverage.hpp).
#include "cases/coverage.hpp"

#include <fmt/format.h>

#include <functional>

namespace chipgate::cases {
namespace {

// The states a rule was seen in within one case, as bits.
constexpr std::uint8_t kSeenTrue = 1;
constexpr std::uint8_t kSeenFalse = 2;
constexpr std::uint8_t kSeenUnknown = 4;

std::uint8_t Bit(Tri t) { return t == Tri::kTrue ? kSeenTrue : t == Tri::kFalse ? kSeenFalse : kSeenUnknown; }

template <class Rules>
void AddKind(std::vector<RuleCoverage>& out, const Rules& rules, RuleKind kind, const SourceSet& sources) {
  for (std::uint32_t i = 0; i < rules.size(); ++i) {
    const RuleInfo& info = rules[i].info;
    const std::uint32_t line = info.span.file < sources.size() ? sources.file(info.span.file).Locate(info.span.begin).line : 0;
    out.push_back({RuleRef{kind, i}, info.id, info.file, line, 0, 0, 0});
  }
}

void Collect(const Explanation& node, const std::function<void(RuleRef, Tri)>& seen) {
  if (node.kind == ExplainKind::kRule && node.rule) seen(*node.rule, node.value);
  for (const auto& child : node.children) Collect(child, seen);
}

}  // namespace

const char* CoverageStatusKey(CoverageStatus s) {
  switch (s) {
    case CoverageStatus::kCovered: return "covered";
    case CoverageStatus::kPartial: return "partial";
    case CoverageStatus::kUncovered: break;
  }
  return "uncovered";
}

CoverageStatus RuleCoverage::Status() const {
  if (held > 0) return CoverageStatus::kCovered;
  return not_held + unknown > 0 ? CoverageStatus::kPartial : CoverageStatus::kUncovered;
}

std::string CoverageSummary::PercentText() const {
  if (rules == 0) return "100.0";
  const std::size_t tenths = covered * 1000 / rules;
  return fmt::format("{}.{}", tenths / 10, tenths % 10);
}

Coverage::Coverage(const Model& model, const SourceSet& sources) {
  offsets_[static_cast<std::size_t>(RuleKind::kClassify)] = rules_.size();
  AddKind(rules_, model.classify_rules, RuleKind::kClassify, sources);
  offsets_[static_cast<std::size_t>(RuleKind::kNote)] = rules_.size();
  AddKind(rules_, model.notes, RuleKind::kNote, sources);
  offsets_[static_cast<std::size_t>(RuleKind::kRequire)] = rules_.size();
  AddKind(rules_, model.requirements, RuleKind::kRequire, sources);
  offsets_[static_cast<std::size_t>(RuleKind::kOverride)] = rules_.size();
  AddKind(rules_, model.overrides, RuleKind::kOverride, sources);
  offsets_[static_cast<std::size_t>(RuleKind::kException)] = rules_.size();
  AddKind(rules_, model.exceptions, RuleKind::kException, sources);
}

std::size_t Coverage::IndexOf(RuleRef rule) const { return offsets_[static_cast<std::size_t>(rule.kind)] + rule.index; }

void Coverage::Record(const Explanation& root) {
  std::vector<std::uint8_t> seen(rules_.size(), 0);
  Collect(root, [&](RuleRef rule, Tri value) {
    const std::size_t i = IndexOf(rule);
    if (i < seen.size()) seen[i] = static_cast<std::uint8_t>(seen[i] | Bit(value));
  });
  for (std::size_t i = 0; i < seen.size(); ++i) {
    rules_[i].held += (seen[i] & kSeenTrue) != 0 ? 1U : 0U;
    rules_[i].not_held += (seen[i] & kSeenFalse) != 0 ? 1U : 0U;
    rules_[i].unknown += (seen[i] & kSeenUnknown) != 0 ? 1U : 0U;
  }
}

CoverageSummary Coverage::Summary() const {
  CoverageSummary s;
  s.rules = rules_.size();
  for (const auto& r : rules_) {
    switch (r.Status()) {
      case CoverageStatus::kCovered: ++s.covered; break;
      case CoverageStatus::kPartial: ++s.partial; break;
      case CoverageStatus::kUncovered: ++s.uncovered; break;
    }
  }
  return s;
}

}  // namespace chipgate::cases
