// One cell of a vendor matrix: the part of a license determination that a product manager reads
// across many destinations (license or not, review policy, license exceptions, determinacy),
// small enough to hold for every product x every country, and comparable, so that screen, diff
// and headroom agree on what "the decision changed" means.
//
// Short codes (the matrix legend): NLR, LIC:denial, LIC:case, LIC:approval, LIC (a requirement
// that states no review policy, e.g. an is-informed letter), LIC+NAC / LIC+ACA (an exception
// certainly applies), a trailing `+HBM?` for an exception that may apply, LIC:? (a license is
// certainly required but the review policy depends on a missing fact), and `?` for
// indeterminate (a license may or may not be required; `?+NAC?` if so, NAC may cover it).
// PROHIBITED: no license can authorize it. A trailing `*`: the answer holds provided that the
// end-use questions (military, supercomputer, ...) are answered "no", as `check` says it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "chipgate/decision.hpp"
#include "eval/evaluate.hpp"
#include "check/model.hpp"

namespace chipgate {

struct DecisionCell {
  bool in_coverage = true;              // false: the date is before the rules' coverage
  bool determined = false;
  Tri license_required = Tri::kUnknown;
  ReviewPolicy review = ReviewPolicy::kNone;
  bool review_known = true;
  std::uint64_t exceptions = 0;         // bit x: Model::exceptions[x] certainly applies
  std::uint64_t exceptions_possible = 0;  // bit x: it may apply (undecided)
  std::uint16_t missing = 0;            // the fast path's first missing input (MissingName); 0 if none or not known
  Outcome outcome = Outcome::kIndeterminate;
  std::uint64_t conditions = 0;         // bit r: Model::requirements[r] applies if an end-use question is answered "yes"

  // The same decision as far as it is known: the review policy counts only when a license is
  // certainly required, and then only if it is decided; `missing` says why, not what.
  // (`determined` follows from the license and whether the review is known.)
  friend bool operator==(const DecisionCell& a, const DecisionCell& b) {
    if (a.in_coverage != b.in_coverage || a.license_required != b.license_required || a.outcome != b.outcome) return false;
    if (a.license_required == Tri::kTrue &&
        (a.review_known != b.review_known || (a.review_known && a.review != b.review))) {
      return false;
    }
    return a.exceptions == b.exceptions && a.exceptions_possible == b.exceptions_possible && a.conditions == b.conditions;
  }
};

DecisionCell CellOf(const FastDecision& d);
// The cell a matrix shows for `query`, answered as `check` answers: end-use questions the query
// leaves open are taken as "no" (the cell's decision, returned in `decided`), and a requirement
// that a "yes" would add is recorded in `conditions`. Two fast evaluations when a question is
// open, one otherwise.
DecisionCell DecideCell(const Program& program, const BoundCatalog& bound, FastQuery query, Scratch& scratch, FastDecision* decided = nullptr);
// The same cell from the explaining evaluator's decision; `model` maps exception rule ids to bits.
DecisionCell CellOf(const Decision& d, const Model& model);

// "NLR", "LIC:denial", "LIC+NAC", "?" ... (see above).
std::string CellCode(const DecisionCell& cell, const Model& model);
// "license required, presumption of denial; License Exception NAC available". Two cells from
// different rule trees are the same decision exactly when their descriptions are equal.
std::string CellDescription(const DecisionCell& cell, const Model& model);
// Ids of the requirements in `mask` (the cell's conditions), in model order.
std::vector<std::string> ConditionIds(std::uint64_t mask, const Model& model);
// Codes of the exceptions in `mask` ("NAC"), in model order, without duplicates.
std::vector<std::string> ExceptionCodes(std::uint64_t mask, const Model& model);
// "denial", "case", "approval" (the short names of the legend); "" for none.
const char* ReviewShortName(ReviewPolicy p);

// The legend for the short codes, one "code: meaning" line each.
std::vector<std::pair<std::string, std::string>> CellLegend();

}  // namespace chipgate
