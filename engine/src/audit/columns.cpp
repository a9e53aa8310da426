// The audit's vocabulary: column keys (the default header names, a public format documented in
// docs/audit.md), which of them a log must have, and the verdict words.
#include <algorithm>

#include "audit/columns.hpp"
#include "audit/counts.hpp"
#include "audit/reject_kind.hpp"
#include "audit/row_verdict.hpp"

namespace chipgate {
namespace {

struct ColumnInfo {
  AuditColumn column;
  std::string_view key;
  bool required;
};

constexpr std::array<ColumnInfo, kAuditColumnCount> kColumns = {{
    {AuditColumn::kShipmentId, "shipment_id", true},
    {AuditColumn::kShipDate, "ship_date", true},
    {AuditColumn::kItem, "item", true},
    {AuditColumn::kQuantity, "quantity", true},
    {AuditColumn::kDestination, "destination", true},
    {AuditColumn::kEndUser, "end_user", true},
    {AuditColumn::kEndUserHq, "end_user_hq", false},
    {AuditColumn::kClaimed, "claimed", false},
    {AuditColumn::kExporterHq, "exporter_hq", false},
    {AuditColumn::kConsignee, "consignee", false},
    {AuditColumn::kPurchaser, "purchaser", false},
    {AuditColumn::kEndUserParent, "end_user_parent", false},
}};

}  // namespace

std::string_view AuditColumnKey(AuditColumn c) { return kColumns[static_cast<std::size_t>(c)].key; }
bool AuditColumnRequired(AuditColumn c) { return kColumns[static_cast<std::size_t>(c)].required; }

std::optional<AuditColumn> AuditColumnByKey(std::string_view key) {
  const auto it = std::find_if(kColumns.begin(), kColumns.end(), [&](const ColumnInfo& c) { return c.key == key; });
  if (it == kColumns.end()) return std::nullopt;
  return it->column;
}

std::string_view VerdictName(Verdict v) {
  switch (v) {
    case Verdict::kOk: return "ok";
    case Verdict::kViolation: return "violation";
    case Verdict::kOverDeclared: return "over-declared";
    case Verdict::kIndeterminate: return "indeterminate";
    case Verdict::kRejected: return "rejected";
    case Verdict::kProhibited: return "prohibited";
  }
  return "rejected";
}

std::optional<Verdict> VerdictByName(std::string_view name) {
  for (std::size_t v = 0; v < kVerdictCount; ++v) {
    if (VerdictName(static_cast<Verdict>(v)) == name) return static_cast<Verdict>(v);
  }
  return std::nullopt;
}

std::string_view RejectKindTitle(RejectKind kind) {
  switch (kind) {
    case RejectKind::kNone: break;
    case RejectKind::kMalformedCsv: return "malformed CSV";
    case RejectKind::kFieldCount: return "a field count different from the header's";
    case RejectKind::kMissingValue: return "a required value missing";
    case RejectKind::kBadDate: return "a ship date that is not a date in the expected format";
    case RejectKind::kDateOutOfCoverage: return "a ship date before the rules' coverage";
    case RejectKind::kUnknownItem: return "an unknown item";
    case RejectKind::kBadCountry: return "a country that is not an ISO code (or a known name)";
    case RejectKind::kBadQuantity: return "a quantity that is not a positive whole number";
  }
  return "rejected";
}

bool AuditCounts::has_findings() const {
  return of(Verdict::kProhibited) + of(Verdict::kViolation) + of(Verdict::kIndeterminate) + of(Verdict::kRejected) > 0;
}

}  // namespace chipgate
