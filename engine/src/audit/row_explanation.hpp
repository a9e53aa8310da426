// What the rules required of a row and how its claim compares, with the reasons and citations
// an auditor reads: the unit every sink (the store, the writers, the report) consumes. One
// explanation is shared by every row with the same decision and claim kind, which is what keeps
// a million-row audit from building a million of them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "audit/row_verdict.hpp"
#include "chipgate/decision.hpp"
#include "licenses/licenses.hpp"

namespace chipgate {

struct RowExplanation {
  // Identifies this explanation within a run (1, 2, ... in order of first use; 0 for a rejected
  // row's, which is its own): rows that share it can be stored once.
  std::uint64_t id = 0;
  Verdict verdict = Verdict::kRejected;
  std::string item_id;  // the catalog id the row's item resolved to (empty when rejected)
  // "none", "license (presumption of denial)", "license (presumption of approval) or exception
  // ACA", "undetermined": what authorization the rules require.
  std::string required;
  std::vector<std::string> reasons;    // the verdict first, then classifications, requirements, ...
  std::vector<std::string> citations;  // the regulatory sources behind the reasons, deduplicated
  std::string missing;                 // the missing inputs when undecided ("end_user_hq"), joined
  std::string reasons_json;            // `reasons` and `citations` as compact JSON arrays
  std::string citations_json;
  // The same determination as data (what `check --format json` reports for the question).
  Outcome outcome = Outcome::kIndeterminate;
  Tri license_required = Tri::kUnknown;
  ReviewPolicy review = ReviewPolicy::kNone;
  bool review_known = true;
  std::vector<std::string> exceptions;      // available license exception codes
  std::vector<std::string> missing_inputs;  // `missing`, one name each
  std::vector<Reason> typed_reasons;
  // What the item meets on the date: the ECCN paragraphs ("3A090.a"), then from
  // `criteria_begin` the criteria behind them ("3A090.a.1"), each part sorted as `check` reports
  // them. The license register checks all of them (a license may name either).
  std::vector<std::string> classifications;
  std::size_t criteria_begin = 0;
  std::span<const std::string> Paragraphs() const { return {classifications.data(), criteria_begin}; }
  std::span<const std::string> Criteria() const { return std::span<const std::string>(classifications).subspan(criteria_begin); }
  // Set when a claimed license number was checked against a register.
  std::optional<licenses::Finding> license_finding;
  // The restricted-party hits folded into this explanation (typed_reasons index them), and
  // whether the row's parties were screened at all.
  std::vector<PartyHit> party_hits;
  bool parties_screened = false;
};

// The explanation of a rejected row: verdict `rejected`, the reason as its only reason.
RowExplanation RejectedExplanation(const std::string& reason);

// Compact JSON array of strings (used for the reasons and citations columns).
std::string JsonStringArray(const std::vector<std::string>& values);

}  // namespace chipgate
