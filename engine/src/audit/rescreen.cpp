// Re-screening a stored run (see rescreen.hpp). A stored value that does not parse is an error,
// not a guess: the run then stops and is rolled back, so no row is decided on a value the
// original run did not use.
#include "audit/rescreen.hpp"

#include <fmt/format.h>

#include "audit/license_check.hpp"
#include "audit/row_steps.hpp"

namespace chipgate {
namespace {

// Rows read from the database at a time: memory stays flat, and each page costs one query.
constexpr std::size_t kPageRows = 4096;

void SetField(ShipmentRow& row, AuditColumn c, const std::string& value) { row.fields[static_cast<std::size_t>(c)] = value; }

std::optional<std::string> Bad(const StoredRow& s, std::string_view column, std::string_view value) {
  return fmt::format("line {}: the stored `{}` value `{}` is not one this chipgate writes", s.line, column, value);
}

std::optional<std::string> OptionalCountry(const StoredRow& s, std::string_view column, const std::string& text, std::optional<CountryCode>& out) {
  out.reset();
  if (text.empty()) return std::nullopt;
  out = CountryCode::Parse(text);
  return out ? std::nullopt : Bad(s, column, text);
}

// The values the rules and the screening were asked with (schema 5's columns).
std::optional<std::string> RebuildDecided(const StoredRow& s, const Catalog& catalog, ShipmentRow& row) {
  const auto date = Date::Parse(s.date);
  if (!date) return Bad(s, "date", s.date);
  row.date = *date;
  const auto item = catalog.IndexOf(s.item_id);
  if (!item) return fmt::format("line {}: the stored item `{}` is not in the catalog", s.line, s.item_id);
  row.item = static_cast<std::uint32_t>(*item);
  const auto destination = CountryCode::Parse(s.destination);
  if (!destination) return Bad(s, "destination", s.destination);
  row.destination = *destination;
  if (auto problem = OptionalCountry(s, "end_user_hq", s.end_user_hq, row.end_user_hq)) return problem;
  if (auto problem = OptionalCountry(s, "exporter_hq", s.exporter_hq, row.exporter_hq)) return problem;
  if (!s.quantity) return Bad(s, "quantity", "NULL");
  row.quantity = *s.quantity;
  // The claim as read (the mapping's words already translated): parsing it again gives the same.
  // NULL is not "nothing claimed": a decided row always has its claim stored.
  if (s.claim.empty()) return Bad(s, "claim", "NULL");
  row.claim = ParseClaim(s.claim);
  return std::nullopt;
}

}  // namespace

std::optional<std::string> RebuildRow(const StoredRow& s, const Catalog& catalog, ShipmentRow& row) {
  row = ShipmentRow{};
  row.line = s.line;
  SetField(row, AuditColumn::kShipmentId, s.shipment_id);
  SetField(row, AuditColumn::kShipDate, s.ship_date);
  SetField(row, AuditColumn::kItem, s.item);
  SetField(row, AuditColumn::kDestination, s.destination);
  SetField(row, AuditColumn::kEndUser, s.end_user);
  SetField(row, AuditColumn::kEndUserHq, s.end_user_hq);
  SetField(row, AuditColumn::kClaimed, s.claimed);
  SetField(row, AuditColumn::kExporterHq, s.exporter_hq);
  SetField(row, AuditColumn::kConsignee, s.consignee);
  SetField(row, AuditColumn::kPurchaser, s.purchaser);
  SetField(row, AuditColumn::kEndUserParent, s.end_user_parent);
  if (s.verdict != Verdict::kRejected) return RebuildDecided(s, catalog, row);
  // Rejected as before, for the same reason: the account read = decided + rejected carries over.
  row.reject_reason = s.reject_reason.empty() ? "rejected in the original run" : s.reject_reason;
  return std::nullopt;
}

namespace {

// One run's re-screening: each stored row rebuilt, decided again and handed on.
class Rescreener {
 public:
  Rescreener(const Catalog& catalog, RowAuditor& auditor, std::span<AuditSink* const> sinks) : catalog_(catalog), auditor_(auditor), sinks_(sinks) {}

  std::optional<std::string> Row(const StoredRow& stored) {
    if (auto error = RebuildRow(stored, catalog_, row_)) return error;
    AuditCounts& n = result_.run.counts;
    const RowExplanation* why = &audit_detail::ExplainRow(row_, auditor_, rejected_, n);
    if (stored.license_finding && !row_.rejected()) why = &findings_.With(*why, *stored.license_finding);
    ++n.by_verdict[static_cast<std::size_t>(why->verdict)];
    if (why->verdict != stored.verdict) {
      if (result_.changes.size() < kMaxListedChanges) result_.changes.push_back({stored.line, stored.shipment_id, stored.verdict, why->verdict});
      ++result_.changed;
    }
    return audit_detail::Deliver(sinks_, {row_, *why});
  }

  RescreenResult& result() { return result_; }

 private:
  const Catalog& catalog_;
  RowAuditor& auditor_;
  std::span<AuditSink* const> sinks_;
  audit_detail::FindingExplanations findings_;
  ShipmentRow row_;
  RowExplanation rejected_;
  RescreenResult result_;
};

}  // namespace

RescreenResult RunRescreen(StoredRowSource& source, const Catalog& catalog, RowAuditor& auditor, std::span<AuditSink* const> sinks) {
  Rescreener rescreener(catalog, auditor, sinks);
  RescreenResult& result = rescreener.result();
  std::vector<StoredRow> page;
  std::uint64_t after = 0;
  while (true) {
    if (auto error = source.ReadRows(after, kPageRows, page)) {
      result.run.error = std::move(error);
      return std::move(result);
    }
    if (page.empty()) return std::move(result);
    for (const StoredRow& stored : page) {
      after = stored.line;
      if (auto error = rescreener.Row(stored)) {
        result.run.error = std::move(error);
        return std::move(result);
      }
    }
  }
}

}  // namespace chipgate
