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

std::optional<std::string> Delete(sqlite::Database& db, const std::vector<std::string>& shipments) {
  auto st = db.Prepare("DELETE FROM license_uses WHERE shipment_id = ?");
  if (!st.ok()) return Failed("preparing the license ledger", st.status);
  for (const auto& id : shipments) {
    sqlite::Status status = st->Bind(1, std::string_view(id));
    const auto step = status.ok() ? st->Step() : sqlite::StepResult{sqlite::StepState::kError, status};
    st->Reset();
    if (!step.done()) return Failed("replacing earlier license uses", step.status);
  }
  return std::nullopt;
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

std::optional<std::string> WriteLicenseUses(sqlite::Database& db, std::int64_t run_id, const LicensePlan& plan) {
  if (auto problem = Delete(db, plan.superseded_shipments)) return problem;
  auto st = db.Prepare("INSERT OR REPLACE INTO license_uses (license_number, shipment_id, line, ship_date, quantity, run_id) VALUES (?, ?, ?, ?, ?, ?)");
  if (!st.ok()) return Failed("preparing the license ledger", st.status);
  for (const auto& u : plan.uses) {
    const std::string date = u.date.ToString();
    sqlite::Status status = st->Bind(1, std::string_view(u.license_number));
    const auto next = [&status](const sqlite::Status& s) {
      if (status.ok()) status = s;
    };
    next(st->Bind(2, std::string_view(u.shipment_id)));
    next(st->Bind(3, static_cast<std::int64_t>(u.line)));
    next(st->Bind(4, std::string_view(date)));
    next(st->Bind(5, u.quantity));
    next(st->Bind(6, run_id));
    const auto step = status.ok() ? st->Step() : sqlite::StepResult{sqlite::StepState::kError, status};
    st->Reset();
    if (!step.done()) return Failed("recording a license use", step.status);
  }
  return std::nullopt;
}

}  // namespace chipgate::store_detail
