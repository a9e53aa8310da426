// Packing rows for the writer (see row_batch.hpp).
#include "store/row_batch.hpp"

#include "audit/text.hpp"

namespace chipgate::store_detail {

void RowBatch::Clear() {
  text_.clear();
  rows_.clear();
  explanations_.clear();
  uses_.clear();
}

TextRef RowBatch::PutClean(std::string_view value) { return Put(audit_detail::CleanText(value, scratch_)); }

TextRef RowBatch::PutParty(std::string_view value) {
  if (audit_detail::Trim(value).empty()) return TextRef::Null();
  return PutClean(value);
}

// The claim as the row was judged, in the claim vocabulary: the mapping's [claims] words are
// already translated, so ParseClaim of the stored text gives the same claim without the mapping.
TextRef RowBatch::PutClaim(const Claim& claim, std::string_view written) {
  switch (claim.kind) {
    case ClaimKind::kNoLicense: return Put("NLR");
    case ClaimKind::kException: return Put(claim.code);
    case ClaimKind::kLicense: return Put(claim.license_number);
    case ClaimKind::kUnrecognised: break;
  }
  return Put(ClaimText(audit_detail::CleanText(written, scratch_)));
}

void RowBatch::AddExplanation(std::int64_t id, const RowExplanation& why) {
  PendingExplanation e;
  e.id = id;
  e.required = Put(why.required);
  e.missing = why.missing.empty() ? TextRef::Null() : Put(why.missing);
  e.reasons = Put(why.reasons_json);
  e.citations = Put(why.citations_json);
  e.license_finding = why.license_finding ? Put(licenses::FindingName(*why.license_finding)) : TextRef::Null();
  explanations_.push_back(e);
}

void RowBatch::AddRow(const AuditedRow& audited, std::int64_t explanation_id) {
  const ShipmentRow& row = audited.row;
  PendingRow p;
  p.line = static_cast<std::int64_t>(row.line);
  p.verdict = audited.why.verdict;
  p.explanation_id = explanation_id;
  auto set = [&p](RowText column, TextRef ref) { p.text[static_cast<std::size_t>(column)] = ref; };
  set(RowText::kShipmentId, PutClean(row.field(AuditColumn::kShipmentId)));
  set(RowText::kShipDate, PutClean(row.field(AuditColumn::kShipDate)));
  set(RowText::kItem, PutClean(row.field(AuditColumn::kItem)));
  set(RowText::kEndUser, PutClean(row.field(AuditColumn::kEndUser)));
  set(RowText::kClaimed, PutClean(row.field(AuditColumn::kClaimed)));
  set(RowText::kConsignee, PutParty(row.field(AuditColumn::kConsignee)));
  set(RowText::kPurchaser, PutParty(row.field(AuditColumn::kPurchaser)));
  set(RowText::kEndUserParent, PutParty(row.field(AuditColumn::kEndUserParent)));
  constexpr TextRef kNull = TextRef::Null();
  if (row.rejected()) {
    set(RowText::kItemId, kNull);
    set(RowText::kDestination, PutClean(row.field(AuditColumn::kDestination)));
    set(RowText::kEndUserHq, PutParty(audit_detail::Trim(row.field(AuditColumn::kEndUserHq))));
    set(RowText::kExporterHq, PutParty(audit_detail::Trim(row.field(AuditColumn::kExporterHq))));
    set(RowText::kDate, kNull);
    set(RowText::kClaim, kNull);
  } else {
    // The values the rules were asked with: ISO codes and date, the exporter's HQ after the
    // run's --exporter-hq default, the claim as read.
    p.quantity = row.quantity;
    set(RowText::kItemId, Put(audited.why.item_id));
    set(RowText::kDestination, Put(row.destination.ToString()));
    set(RowText::kEndUserHq, row.end_user_hq ? Put(row.end_user_hq->ToString()) : kNull);
    set(RowText::kExporterHq, row.exporter_hq ? Put(row.exporter_hq->ToString()) : kNull);
    set(RowText::kDate, Put(row.date.ToString()));
    set(RowText::kClaim, PutClaim(row.claim, row.field(AuditColumn::kClaimed)));
  }
  rows_.push_back(p);
}

void RowBatch::AddUse(const ShipmentRow& row) {
  uses_.push_back({static_cast<std::int64_t>(row.line), Put(row.claim.license_number), Put(row.field(AuditColumn::kShipmentId)),
                   Put(row.date.ToString()), row.quantity});
}

}  // namespace chipgate::store_detail
