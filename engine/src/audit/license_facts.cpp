// What a license check needs from a row and its decision (see license_check.hpp), and the
// words for each finding. The classifications come from the fast path's answer the auditor
// already computed, so a license is checked against exactly what the verdict was based on.
#include <algorithm>

#include "audit/license_check.hpp"
#include "compile/program.hpp"

namespace chipgate::audit_detail {

void NoteDecisionFacts(const Model& model, const FastDecision& fast, RowExplanation& out) {
  out.classifications.clear();
  std::vector<std::string> criteria;
  for (std::size_t e = 0; e < model.eccns.size(); ++e) {
    if (fast.eccn_true.test(e)) (model.eccns[e].is_criterion ? criteria : out.classifications).push_back(model.eccns[e].name);
  }
  // Sorted as `check` sorts them, so the JSON of both compares equal.
  std::sort(out.classifications.begin(), out.classifications.end());
  std::sort(criteria.begin(), criteria.end());
  out.criteria_begin = out.classifications.size();
  out.classifications.insert(out.classifications.end(), criteria.begin(), criteria.end());
}

licenses::Shipment ShipmentOf(const ShipmentRow& row, std::span<const std::string> classifications) {
  return {row.item, classifications, row.destination, row.field(AuditColumn::kEndUser), row.date};
}

// The words name no license: rows with the same decision and finding share one explanation
// (a million rows against ten thousand licenses would otherwise store one per license), and the
// claimed number is in the row; `chipgate licenses` shows each license's terms and balance.
std::string FindingSentence(licenses::Finding f) {
  using licenses::Finding;
  switch (f) {
    case Finding::kCovered: return "the license claimed is in the register and covers this date, item, destination and end user, with quantity left";
    case Finding::kUnknownNumber: return "the license number claimed is not in the license register";
    case Finding::kNotYetValid: return "the license claimed is not yet valid on the ship date";
    case Finding::kExpired: return "the license claimed had expired by the ship date";
    case Finding::kItemNotCovered: return "the license claimed does not cover the item (by catalog id or ECCN paragraph)";
    case Finding::kDestinationNotCovered: return "the license claimed does not cover the destination";
    case Finding::kEndUserDifferent: return "the license claimed names another end user";
    case Finding::kQuantityExhausted: return "the license claimed has no quantity left: earlier shipments, in ship-date order, used it up";
  }
  return "the license number claimed is not in the license register";
}

void ApplyLicenseFinding(bool covered, const std::string& sentence, Verdict& verdict, std::vector<std::string>& reasons) {
  if (!covered && verdict == Verdict::kOk) {
    verdict = Verdict::kViolation;
    reasons.front() = "a license was required and the license claimed does not authorize this shipment: " + sentence;
  } else {
    reasons.insert(reasons.begin() + 1, "license register: " + sentence);
  }
}

}  // namespace chipgate::audit_detail
