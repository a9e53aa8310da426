// Packing rows for the writer (see row_batch.hpp).
#include "store/row_batch.hpp"

#include "audit/text.hpp"

namespace chipgate::store_detail {

void RowBatch::Clear() {
  text_.clear();
  rows_.clear();
  explanations_.clear();
}

TextRef RowBatch::Put(std::string_view value) {
  const TextRef ref{static_cast<std::uint32_t>(text_.size()), static_cast<std::uint32_t>(value.size()), false};
  text_.append(value);
  return ref;
}

TextRef RowBatch::PutClean(std::string_view value) { return Put(audit_detail::CleanText(value, scratch_)); }

void RowBatch::AddExplanation(std::int64_t id, const RowExplanation& why) {
  PendingExplanation e;
  e.id = id;
  e.required = Put(why.required);
  e.missing = why.missing.empty() ? TextRef{0, 0, true} : Put(why.missing);
  e.reasons = Put(why.reasons_json);
  e.citations = Put(why.citations_json);
  e.license_finding = why.license_finding ? Put(licenses::FindingName(*why.license_finding)) : TextRef{0, 0, true};
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
  if (row.rejected()) {
    set(RowText::kItemId, TextRef{0, 0, true});
    set(RowText::kDestination, PutClean(row.field(AuditColumn::kDestination)));
    const std::string_view hq = audit_detail::Trim(row.field(AuditColumn::kEndUserHq));
    set(RowText::kEndUserHq, hq.empty() ? TextRef{0, 0, true} : PutClean(hq));
  } else {
    p.quantity = row.quantity;
    set(RowText::kItemId, Put(audited.why.item_id));
    set(RowText::kDestination, Put(row.destination.ToString()));
    set(RowText::kEndUserHq, row.end_user_hq ? Put(row.end_user_hq->ToString()) : TextRef{0, 0, true});
  }
  rows_.push_back(p);
}

}  // namespace chipgate::store_detail
