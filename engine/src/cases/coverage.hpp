// Rule coverage: which rules the cases exercised, read from the explaining evaluator's trees.
//
// A rule (classify, note, require, override or exception, by id) is
//   - covered when, in some case, the explanation shows it holding (its node is true: a
//     classify or note rule's condition held, a requirement held, an override replaced the
//     review policy, an exception was available);
//   - partially covered when cases evaluated it but it never held (false or unknown only);
//   - not covered when no case evaluated it: it was in force on no case's date, or, for an
//     override, no requirement it names held or may have held (an override is only consulted
//     then).
// Counts are of cases, not of evaluations: "held in 3 cases, did not hold in 40".
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "check/model.hpp"
#include "chipgate/decision.hpp"

namespace chipgate::cases {

enum class CoverageStatus : std::uint8_t { kCovered, kPartial, kUncovered };
const char* CoverageStatusKey(CoverageStatus s);  // "covered", "partial", "uncovered"

struct RuleCoverage {
  RuleRef rule;
  std::string id;
  std::string file;        // the rule file
  std::uint32_t line = 0;  // the rule's first line
  std::size_t held = 0;    // cases in which it held
  std::size_t not_held = 0;
  std::size_t unknown = 0;

  CoverageStatus Status() const;
};

struct CoverageSummary {
  std::size_t rules = 0;
  std::size_t covered = 0;
  std::size_t partial = 0;
  std::size_t uncovered = 0;

  // Whether covered/rules is at least `percent` %, exactly (no rounding); no rules: true.
  bool AtLeast(unsigned percent) const { return covered * 100 >= percent * rules; }
  // "84.2": covered/rules as a percentage to one decimal, rounded down (so 99.96 % is not 100).
  std::string PercentText() const;
};

class Coverage {
 public:
  // Every rule of the model, in the order kinds are declared, each in its file order.
  // `sources` resolves the rules' spans to lines.
  Coverage(const Model& model, const SourceSet& sources);

  // Adds one case's explanation (a decision's or a classification's tree).
  void Record(const Explanation& root);

  const std::vector<RuleCoverage>& rules() const { return rules_; }
  CoverageSummary Summary() const;

 private:
  std::size_t IndexOf(RuleRef rule) const;

  std::array<std::size_t, 5> offsets_{};  // the first index of each RuleKind in rules_
  std::vector<RuleCoverage> rules_;
};

}  // namespace chipgate::cases
