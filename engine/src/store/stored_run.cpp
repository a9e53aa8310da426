// Reading a stored run (see stored_run.hpp).
#include "store/stored_run.hpp"

#include <fmt/format.h>

#include "store/audit_store.hpp"

namespace chipgate::store_detail {
namespace {

constexpr std::string_view kSelectRun =
    "SELECT input_path, coalesce(input_sha256, ''), rules_sha256, catalog_sha256, params, party_lists, fixed_inputs, blank_lines "
    "FROM runs WHERE run_id = ? AND finished_at IS NOT NULL";
// json_extract: a rejected row's explanation holds its reason as the only reason.
constexpr std::string_view kSelectRows =
    "SELECT r.line, r.shipment_id, r.ship_date, r.item, r.item_id, r.destination, r.end_user, r.end_user_hq, r.claimed, r.date, "
    "r.exporter_hq, r.consignee, r.purchaser, r.end_user_parent, r.claim, r.quantity, r.verdict, e.license_finding, "
    "CASE WHEN r.verdict = 'rejected' THEN json_extract(e.reasons, '$[0]') END "
    "FROM results AS r JOIN explanations AS e ON e.run_id = r.run_id AND e.explanation_id = r.explanation_id "
    "WHERE r.run_id = ? AND r.line > ? ORDER BY r.line LIMIT ?";

std::string Failed(std::string_view what, const sqlite::Status& s) { return fmt::format("{}: {}", what, s.message); }

std::string Text(const sqlite::Statement& st, int column) { return std::string(st.ColumnText(column)); }

std::optional<std::string> RowFrom(const sqlite::Statement& st, StoredRow& row) {
  row.line = static_cast<std::uint64_t>(st.ColumnInt64(0));
  std::string* const text[] = {&row.shipment_id, &row.ship_date, &row.item,     &row.item_id,   &row.destination,
                               &row.end_user,    &row.end_user_hq, &row.claimed, &row.date,      &row.exporter_hq,
                               &row.consignee,   &row.purchaser, &row.end_user_parent, &row.claim};
  for (int c = 0; c < 14; ++c) *text[c] = Text(st, c + 1);
  row.quantity.reset();
  if (st.TypeOf(15) == sqlite::ColumnType::kInteger) row.quantity = st.ColumnInt64(15);
  const auto verdict = VerdictByName(st.ColumnText(16));
  if (!verdict) return fmt::format("line {}: the stored verdict `{}` is not one this chipgate writes", row.line, st.ColumnText(16));
  row.verdict = *verdict;
  row.license_finding.reset();
  if (st.TypeOf(17) != sqlite::ColumnType::kNull) {
    row.license_finding = licenses::FindingByName(st.ColumnText(17));
    if (!row.license_finding) return fmt::format("line {}: the stored license finding `{}` is not one this chipgate writes", row.line, st.ColumnText(17));
  }
  row.reject_reason = Text(st, 18);
  return std::nullopt;
}

}  // namespace

std::optional<std::string> ReadStoredRun(sqlite::Database& db, std::int64_t run_id, StoredRunInfo& out) {
  const auto version = db.UserVersion();
  if (!version.ok()) return Failed("reading the database", version.status);
  if (*version == 0) return fmt::format("the database holds no audit runs (no run {})", run_id);
  if (*version < 5) {
    return fmt::format("the database has audit schema version {}: its runs were stored without every decision input (the exporter's HQ, "
                       "the consignee, ...), so they cannot be decided again from the database; audit the log again, then re-screen that run",
                       *version);
  }
  auto st = db.Prepare(kSelectRun);
  if (!st.ok()) return Failed("reading the run", st.status);
  if (const auto bound = st->Bind(1, run_id); !bound.ok()) return Failed("reading the run", bound);
  const auto step = st->Step();
  if (step.state == sqlite::StepState::kError) return Failed("reading the run", step.status);
  if (!step.row()) return fmt::format("the database has no finished run {}", run_id);
  out.run_id = run_id;
  std::string* const text[] = {&out.input_path, &out.input_sha256, &out.rules_sha256, &out.catalog_sha256, &out.params_json, &out.party_lists_json};
  for (int c = 0; c < 6; ++c) *text[c] = Text(*st, c);
  out.fixed_inputs_json.reset();
  if (st->TypeOf(6) != sqlite::ColumnType::kNull) out.fixed_inputs_json = Text(*st, 6);
  out.blank_lines = static_cast<std::uint64_t>(st->ColumnInt64(7));
  if (!out.fixed_inputs_json) {
    return fmt::format("run {} was stored before schema 5, without every decision input (the exporter's HQ, the consignee, ...), so it "
                       "cannot be decided again from the database; audit its log again, then re-screen that run", run_id);
  }
  return std::nullopt;
}

std::optional<std::string> ReadStoredRows(sqlite::Database& db, std::int64_t run_id, std::uint64_t after_line, std::size_t limit,
                                          std::vector<StoredRow>& out) {
  out.clear();
  auto st = db.Prepare(kSelectRows);
  if (!st.ok()) return Failed("reading the stored rows", st.status);
  sqlite::Status bound = st->Bind(1, run_id);
  if (bound.ok()) bound = st->Bind(2, static_cast<std::int64_t>(after_line));
  if (bound.ok()) bound = st->Bind(3, static_cast<std::int64_t>(limit));
  if (!bound.ok()) return Failed("reading the stored rows", bound);
  while (true) {
    const auto step = st->Step();
    if (step.done()) return std::nullopt;
    if (!step.row()) return Failed("reading the stored rows", step.status);
    if (auto problem = RowFrom(*st, out.emplace_back())) return problem;
  }
}

}  // namespace chipgate::store_detail
