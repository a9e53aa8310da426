// PlanLicenseUses (see license_plan.hpp): the first of two passes when a register is given.
// Depletion is in ship-date order, which a log need not be in, so the uses are collected and
// sorted before any row's verdict is given; the second pass then knows which rows exceed what is
// left.
#include "audit/license_plan.hpp"

#include <unordered_set>

#include "audit/license_check.hpp"

namespace chipgate {
namespace {

// Uses of earlier runs, less those of shipments this run audits again.
void AddEarlierUses(const licenses::Register& register_, const std::vector<LicenseUseRecord>& earlier,
                    const std::unordered_set<std::string>& superseded, std::vector<licenses::Use>& uses) {
  for (const auto& e : earlier) {
    if (superseded.count(e.shipment_id) > 0) continue;
    if (const auto index = register_.Find(e.license_number)) uses.push_back({*index, e.date, e.quantity, 0, true});
  }
}

}  // namespace

LicensePlan PlanLicenseUses(ShipmentLogReader& reader, RowAuditor& auditor, const licenses::Register& register_,
                            const std::vector<LicenseUseRecord>& earlier) {
  std::unordered_set<std::string> stored;  // shipment ids with stored uses
  for (const auto& e : earlier) stored.insert(e.shipment_id);
  std::unordered_set<std::string> superseded;
  LicensePlan plan;
  std::vector<licenses::Use> uses;
  ShipmentRow row;
  std::string id;
  // Only rows that claim a registered license are parsed in full (and, if they are not
  // rejected then, classified); the rest cost a CSV read and, with stored uses, a lookup.
  while (reader.NextFields(row)) {
    if (row.rejected()) continue;
    const auto index = row.claim.kind == ClaimKind::kLicense ? register_.Find(row.claim.license_number) : std::nullopt;
    if (!stored.empty() || index) reader.Complete(row);
    if (row.rejected()) continue;
    if (!stored.empty()) {
      id.assign(row.field(AuditColumn::kShipmentId));
      if (stored.count(id) > 0) superseded.insert(id);
    }
    if (!index) continue;
    // Coverage needs only the item's classifications: screening and explaining wait for the
    // second pass, which does them for every row anyway.
    const auto shipment = audit_detail::ShipmentOf(row, auditor.Classifications(row));
    if (licenses::CheckCoverage(register_.licenses()[*index], shipment) != licenses::Finding::kCovered) continue;
    uses.push_back({*index, row.date, row.quantity, row.line, false});
  }
  AddEarlierUses(register_, earlier, superseded, uses);
  plan.exhausted_lines = licenses::ExhaustedLines(register_, std::move(uses));
  plan.superseded_shipments.assign(superseded.begin(), superseded.end());
  return plan;
}

}  // namespace chipgate
