// The audit's side of the license register: the facts of a decision a license check needs,
// taken from the rules' answer (never decided again), and the sentence for each finding.
#pragma once

#include <memory>
#include <span>
#include <string>

#include "audit/row_explanation.hpp"
#include "audit/row_verdict.hpp"
#include "audit/shipment_row.hpp"
#include "eval/evaluate.hpp"

namespace chipgate::audit_detail {

// Copies into `out` the ECCN paragraphs the item meets (the fast path's answer, not decided again).
void NoteDecisionFacts(const Model& model, const FastDecision& fast, RowExplanation& out);

// The facts a license is checked against, for a decided row: its explanation's
// classifications, or the same list from RowAuditor::Classifications (the first pass).
licenses::Shipment ShipmentOf(const ShipmentRow& row, std::span<const std::string> classifications);
inline licenses::Shipment ShipmentOf(const ShipmentRow& row, const RowExplanation& why) { return ShipmentOf(row, why.classifications); }

// "the license claimed had expired by the ship date", ...: the finding in words.
std::string FindingSentence(licenses::Finding finding);

// A register's finding on a claimed license applied to the claim's verdict and reasons (the
// first reason says why the verdict): a failure where a license was required and claimed (the
// verdict ok) makes a violation; otherwise the finding is a further reason and the verdict
// stands. `reasons` must not be empty. The audit and `check --claim` share it.
void ApplyLicenseFinding(bool covered, const std::string& sentence, Verdict& verdict, std::vector<std::string>& reasons);

// Explanations with a register's finding applied, built once per (explanation, finding) and
// cached (bounded): a million rows against ten thousand licenses build each once and store few.
// Ids live above the auditor's (which count from 1), so the store never confuses them. Used
// by LicenseChecker and by a re-screening, which applies the findings the original run stored.
class FindingExplanations {
 public:
  FindingExplanations();
  ~FindingExplanations();
  FindingExplanations(const FindingExplanations&) = delete;
  FindingExplanations& operator=(const FindingExplanations&) = delete;

  // `base` with `finding` applied; the reference lives until the next call.
  const RowExplanation& With(const RowExplanation& base, licenses::Finding finding);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace chipgate::audit_detail
