// Depletion in one pass (see running_depletion.hpp). The running totals only decide what the
// rows are told; Finish() is what the run is judged by, so the totals need not be exact where
// the log is out of order, only never trusted without that check.
#include "audit/running_depletion.hpp"

#include <algorithm>

namespace chipgate::audit_detail {
namespace {

Rational Plus(Rational used, std::int64_t quantity) { return Rational::Add(used, Rational(quantity)).value_or(Rational(INT64_MAX)); }

}  // namespace

RunningDepletion::RunningDepletion(const licenses::Register& held, const std::vector<LicenseUseRecord>& earlier)
    : register_(held), tallies_(held.licenses().size()) {
  for (std::size_t r = 0; r < earlier.size(); ++r) {
    const LicenseUseRecord& e = earlier[r];
    stored_.try_emplace(e.shipment_id);  // replaced when this run decides it, registered or not
    if (const auto index = register_.Find(e.license_number)) earlier_.push_back({*index, e.date, e.quantity, r});
  }
  std::sort(earlier_.begin(), earlier_.end(), [](const EarlierUse& a, const EarlierUse& b) {
    return a.license != b.license ? a.license < b.license : a.date != b.date ? a.date < b.date : a.record < b.record;
  });
  earlier_begin_.assign(tallies_.size() + 1, earlier_.size());
  for (std::size_t i = earlier_.size(); i-- > 0;) {
    earlier_begin_[earlier_[i].license] = i;
    stored_[earlier[earlier_[i].record].shipment_id].uses.push_back(i);
  }
  // Licenses without earlier uses start where the next license's do.
  for (std::size_t l = tallies_.size(); l-- > 0;) earlier_begin_[l] = std::min(earlier_begin_[l], earlier_begin_[l + 1]);
  for (std::size_t l = 0; l < tallies_.size(); ++l) tallies_[l].next = earlier_begin_[l];
}

void RunningDepletion::Decided(std::string_view shipment_id) {
  if (stored_.empty()) return;
  id_.assign(shipment_id);
  const auto it = stored_.find(id_);
  if (it == stored_.end() || it->second.decided) return;
  it->second.decided = true;
  for (const std::size_t i : it->second.uses) {
    EarlierUse& u = earlier_[i];
    u.superseded = true;
    if (!u.counted) continue;
    Tally& t = tallies_[u.license];
    t.used = Rational::Sub(t.used, Rational(u.quantity)).value_or(Rational(0));
  }
}

bool RunningDepletion::Draw(std::uint32_t license, const ShipmentRow& row) {
  Tally& t = tallies_[license];
  for (; t.next < earlier_begin_[license + 1] && earlier_[t.next].date <= row.date; ++t.next) {
    EarlierUse& u = earlier_[t.next];
    if (u.superseded) continue;
    u.counted = true;
    t.used = Plus(t.used, u.quantity);
  }
  t.used = Plus(t.used, row.quantity);
  uses_.push_back({license, row.date, row.quantity, row.line, false});
  const auto& limit = register_.licenses()[license].quantity;
  const bool exhausted = limit && t.used > *limit;
  if (exhausted) exhausted_.push_back(row.line);
  return exhausted;
}

std::optional<LicensePlan> RunningDepletion::Finish() const {
  std::vector<licenses::Use> uses = uses_;
  for (const EarlierUse& u : earlier_) {
    if (!u.superseded) uses.push_back({u.license, u.date, u.quantity, 0, true});
  }
  LicensePlan plan;
  plan.exhausted_lines = licenses::ExhaustedLines(register_, std::move(uses));
  if (plan.exhausted_lines != exhausted_) return std::nullopt;
  for (const auto& [id, shipment] : stored_) {
    if (shipment.decided) plan.superseded_shipments.push_back(id);
  }
  return plan;
}

}  // namespace chipgate::audit_detail
