// The coverage part of the text report (see report.hpp): the figures, then the rules that no
// case made hold, each with its place in the rule files so that a reviewer can open it.
#include <fmt/format.h>

#include "cases/report.hpp"

namespace chipgate::cases {
namespace {

std::string RuleLine(const RuleCoverage& r) {
  std::string line = fmt::format("  {}:{}: {} {}", r.file, r.line, RuleKindKey(r.rule.kind), r.id);
  if (r.Status() == CoverageStatus::kPartial) {
    line += fmt::format(" (did not hold in {}, unknown in {})", Counted(r.not_held, "case"), r.unknown);
  }
  return line + "\n";
}

std::string Listed(const Coverage& coverage, CoverageStatus status, const char* heading) {
  std::string out;
  for (const auto& r : coverage.rules()) {
    if (r.Status() == status) out += RuleLine(r);
  }
  return out.empty() ? out : heading + out;
}

}  // namespace

std::string RenderCoverageText(const Coverage& coverage, bool list_rules) {
  const CoverageSummary s = coverage.Summary();
  std::string out = fmt::format("rule coverage: {} of {} rules held in some case ({}%); {} evaluated but never held; {} never evaluated\n",
                                s.covered, s.rules, s.PercentText(), s.partial, s.uncovered);
  if (!list_rules) return out;
  out += Listed(coverage, CoverageStatus::kPartial, "evaluated, never held (add a case where the rule applies):\n");
  out += Listed(coverage, CoverageStatus::kUncovered, "never evaluated (in force on no case's date, or never reached):\n");
  return out;
}

}  // namespace chipgate::cases
