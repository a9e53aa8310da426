// AuditSummary (see audit_report.hpp): bounded tallies and the first rows of each finding.
#include <fmt/format.h>

#include <algorithm>

#include "audit/text.hpp"
#include "report/audit_report.hpp"

namespace chipgate {
namespace {

std::string Clean(std::string_view text) {
  std::string buffer;
  return std::string(audit_detail::CleanText(text, buffer));
}

AuditDetailRow Detail(const AuditedRow& r) {
  const ShipmentRow& row = r.row;
  AuditDetailRow d;
  d.line = row.line;
  d.verdict = r.why.verdict;
  d.shipment_id = Clean(row.field(AuditColumn::kShipmentId));
  d.ship_date = Clean(row.field(AuditColumn::kShipDate));
  d.item = Clean(row.field(AuditColumn::kItem));
  d.item_id = r.why.item_id;
  d.end_user = Clean(row.field(AuditColumn::kEndUser));
  d.claimed = Clean(row.field(AuditColumn::kClaimed));
  d.end_user_parent = Clean(audit_detail::Trim(row.field(AuditColumn::kEndUserParent)));
  d.required = r.why.required;
  d.missing = r.why.missing;
  d.reasons = r.why.reasons;
  d.citations = r.why.citations;
  if (row.rejected()) {
    d.destination = Clean(row.field(AuditColumn::kDestination));
    d.end_user_hq = Clean(row.field(AuditColumn::kEndUserHq));
    return d;
  }
  d.quantity = std::to_string(row.quantity);
  d.destination = row.destination.ToString();
  if (row.end_user_hq) d.end_user_hq = row.end_user_hq->ToString();
  d.query = row.AsQuery();
  return d;
}

void AddReject(std::vector<RejectGroup>& groups, const ShipmentRow& row) {
  auto it = std::find_if(groups.begin(), groups.end(), [&](const RejectGroup& g) { return g.kind == row.reject_kind && g.column == row.reject_column; });
  if (it == groups.end()) it = groups.insert(groups.end(), RejectGroup{row.reject_kind, row.reject_column, 0, {}, Clean(row.reject_reason)});
  ++it->count;
  if (it->first_lines.size() < kRejectGroupLines) it->first_lines.push_back(row.line);
}

}  // namespace

std::vector<RejectGroup> AuditSummary::reject_groups() const {
  std::vector<RejectGroup> out = reject_groups_;
  std::stable_sort(out.begin(), out.end(), [](const RejectGroup& a, const RejectGroup& b) { return a.count > b.count; });
  return out;
}

AuditSummary::AuditSummary(std::size_t detail_limit) : detail_limit_(detail_limit) {}

std::optional<std::string> AuditSummary::Add(const AuditedRow& r) {
  const auto v = static_cast<std::size_t>(r.why.verdict);
  ++totals_[v];
  const ShipmentRow& row = r.row;
  std::size_t destination = CountryCode::kSpace;
  int month = -1;
  if (!row.rejected()) {
    destination = row.destination.index();
    month = row.date.year() * 12 + static_cast<int>(row.date.month()) - 1;
    if (!first_date_ || row.date < *first_date_) first_date_ = row.date;
    if (!last_date_ || row.date > *last_date_) last_date_ = row.date;
  } else {
    if (const auto c = CountryCode::Parse(audit_detail::Trim(row.field(AuditColumn::kDestination)))) destination = c->index();
    if (const auto d = Date::Parse(audit_detail::Trim(row.field(AuditColumn::kShipDate)))) month = d->year() * 12 + static_cast<int>(d->month()) - 1;
  }
  if (row.rejected()) AddReject(reject_groups_, row);
  if (r.why.license_finding) ++license_findings_[static_cast<std::size_t>(*r.why.license_finding)];
  ++by_destination_[destination][v];
  ++by_month_[month][v];
  if (r.why.verdict != Verdict::kOk && details_[v].size() < detail_limit_) details_[v].push_back(Detail(r));
  for (const PartyHit& h : r.why.party_hits) {
    ++party_hit_count_;
    if (party_rows_.size() < detail_limit_) {
      party_rows_.push_back({row.line, r.why.verdict, Clean(row.field(AuditColumn::kShipmentId)), Clean(row.field(AuditColumn::kShipDate)), h});
    }
  }
  return std::nullopt;
}

std::map<std::string, VerdictTally> AuditSummary::by_destination() const {
  std::map<std::string, VerdictTally> out;
  for (std::size_t i = 0; i < by_destination_.size(); ++i) {
    VerdictTally t = by_destination_[i];
    std::uint64_t n = 0;
    for (const auto x : t) n += x;
    if (n == 0) continue;
    out[i == CountryCode::kSpace ? std::string("invalid") : CountryCode::FromIndex(static_cast<std::uint16_t>(i)).ToString()] = t;
  }
  return out;
}

std::map<std::string, VerdictTally> AuditSummary::by_month() const {
  std::map<std::string, VerdictTally> out;
  for (const auto& [m, t] : by_month_) out[m < 0 ? std::string("invalid") : fmt::format("{:04}-{:02}", m / 12, m % 12 + 1)] = t;
  return out;
}

}  // namespace chipgate
