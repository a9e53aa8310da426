// The depletion ledger (see license_ledger.hpp).
#include "store/license_ledger.hpp"

#include <fmt/format.h>

namespace chipgate::store_detail {
namespace {

std::string Failed(std::string_view what, const sqlite::Status& s) { return fmt::format("{}: {}", what, s.message); }

bool TableExists(sqlite::Database& db) {
  auto st = db.Prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'license_uses'");
  return st.ok() && st->Step().row() && st->ColumnInt64(0) > 0;
}

}  // namespace

std::optional<std::string> ReadLicenseUses(sqlite::Database& db, std::vector<LicenseUseRecord>& out) {
  if (!TableExists(db)) return std::nullopt;
  auto st = db.Prepare("SELECT license_number, shipment_id, line, ship_date, quantity FROM license_uses");
  if (!st.ok()) return Failed("reading the license ledger", st.status);
  while (true) {
    const auto step = st->Step();
    if (step.done()) return std::nullopt;
    if (!step.row()) return Failed("reading the license ledger", step.status);
    const auto date = Date::Parse(st->ColumnText(3));
    if (!date) return fmt::format("the license ledger holds a ship date that is not a date: `{}`", st->ColumnText(3));
    out.push_back({std::string(st->ColumnText(0)), std::string(st->ColumnText(1)), static_cast<std::uint64_t>(st->ColumnInt64(2)), *date,
                   st->ColumnInt64(4)});
  }
}

std::optional<std::string> ReplaceEarlierUses(sqlite::Database& db, std::int64_t run_id, const std::vector<std::string>& shipments) {
  auto st = db.Prepare("DELETE FROM license_uses WHERE shipment_id = ? AND run_id <> ?");
  if (!st.ok()) return Failed("preparing the license ledger", st.status);
  for (const auto& id : shipments) {
    sqlite::Status status = st->Bind(1, std::string_view(id));
    if (status.ok()) status = st->Bind(2, run_id);
    const auto step = status.ok() ? st->Step() : sqlite::StepResult{sqlite::StepState::kError, status};
    st->Reset();
    if (!step.done()) return Failed("replacing earlier license uses", step.status);
  }
  return std::nullopt;
}

}  // namespace chipgate::store_detail
