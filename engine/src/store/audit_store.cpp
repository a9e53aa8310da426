// The audit store (see audit_store.hpp). PRAGMA choices, all compatible with an atomic run:
// - journal_mode stays DELETE (the rollback journal): the commit is atomic and a killed run's
//   hot journal is rolled back by the next connection. Pages appended beyond the original end
//   of the file are not journalled, so a large run costs little journal I/O.
// - synchronous stays FULL: the few syncs happen at commit only, once per run.
// - cache_size is raised to 32 MiB so a large run spills fewer dirty pages before commit;
//   memory stays bounded by that, whatever the input size.
// - The run's transaction is EXCLUSIVE, taken before the first row: a reader holding the
//   database (another process in a read transaction) would otherwise let the whole run do its
//   work and then make the COMMIT fail. A short busy timeout lets brief readers finish; a
//   database held longer fails the run at its start, within a second.
// Rows are packed into batches and inserted by a writer thread (batch_writer.hpp) while the
// caller decides the next ones; the run row and the commit stay on the caller's thread.
#include <fmt/format.h>

#include <functional>
#include <unordered_map>

#include "audit/text.hpp"
#include "store/audit_store.hpp"
#include "store/sqlite.hpp"
#include "store/audit_schema.hpp"
#include "store/batch_writer.hpp"
#include "store/license_ledger.hpp"
#include "store/row_batch.hpp"

namespace chipgate {
namespace {

constexpr std::string_view kInsertRun =
    "INSERT INTO runs (started_at, input_path, rules_sha256, catalog_sha256, chipgate_version, params, party_lists, fixed_inputs, rescreen_of) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
// `rows` results rows in one statement, BatchWriter::kResultColumns parameters each.
std::string InsertResultsSql(std::size_t rows) {
  std::string sql =
      "INSERT INTO results (run_id, line, shipment_id, ship_date, item, item_id, quantity, destination, end_user, end_user_hq, "
      "claimed, verdict, explanation_id, date, exporter_hq, consignee, purchaser, end_user_parent, claim) VALUES ";
  for (std::size_t r = 0; r < rows; ++r) {
    sql += r == 0 ? "(" : ", (";
    for (std::size_t c = 0; c < store_detail::BatchWriter::kResultColumns; ++c) sql += c == 0 ? "?" : ", ?";
    sql += ")";
  }
  return sql;
}
constexpr std::string_view kInsertExplanation =
    "INSERT INTO explanations (run_id, explanation_id, required, missing, reasons, citations, license_finding) VALUES (?, ?, ?, ?, ?, ?, ?)";
constexpr std::string_view kInsertUse =
    "INSERT OR REPLACE INTO license_uses (license_number, shipment_id, line, ship_date, quantity, run_id) VALUES (?, ?, ?, ?, ?, ?)";
constexpr std::string_view kFinishRun =
    "UPDATE runs SET finished_at = ?, input_sha256 = ?, rows_read = ?, rows_decided = ?, rows_rejected = ?, ok = ?, violation = ?, "
    "over_declared = ?, indeterminate = ?, blank_lines = ?, prohibited = ? WHERE run_id = ?";

std::string Failed(std::string_view what, const sqlite::Status& s) { return fmt::format("{}: {}", what, s.message); }

std::int64_t Count(std::uint64_t n) { return static_cast<std::int64_t>(n); }

}  // namespace

struct AuditStore::State {
  explicit State(sqlite::Database database) : db(std::move(database)) {}

  sqlite::Database db;
  std::optional<sqlite::Transaction> transaction;
  std::optional<sqlite::Statement> insert;
  std::optional<sqlite::Statement> insert_several;  // BatchWriter::kRowsPerInsert rows
  std::optional<sqlite::Statement> insert_explanation;
  std::optional<sqlite::Statement> insert_use;  // when the run records license uses
  std::unique_ptr<store_detail::BatchWriter> writer;  // between BeginRun and FinishRun
  std::unique_ptr<store_detail::RowBatch> batch;      // being filled
  std::int64_t run_id = 0;
  std::unordered_map<std::uint64_t, std::int64_t> stored;  // RowExplanation::id → explanation_id
  std::int64_t next_explanation = 1;

  // The explanation_id of `why`, queueing the explanation first if this run has not stored it.
  std::int64_t Explanation(const RowExplanation& why) {
    if (why.id != 0) {
      if (const auto it = stored.find(why.id); it != stored.end()) return it->second;
    }
    const std::int64_t id = next_explanation++;
    batch->AddExplanation(id, why);
    if (why.id != 0) stored.emplace(why.id, id);
    return id;
  }

  void StartWriter() {
    writer = std::make_unique<store_detail::BatchWriter>(*insert, *insert_several, *insert_explanation, insert_use ? &*insert_use : nullptr);
    writer->Start();
    batch = writer->Take();
  }

  // Stops the writer, returning its first error (the run then cannot commit).
  std::optional<std::string> StopWriter() {
    std::optional<std::string> error;
    if (writer) {
      if (batch && !batch->empty() && !writer->Submit(std::move(batch))) error = "the writer stopped";
      if (auto problem = writer->Stop()) error = std::move(problem);
      writer.reset();
    }
    batch.reset();
    return error;
  }
};

AuditStore::AuditStore(std::unique_ptr<State> state) : state_(std::move(state)) {}
AuditStore::~AuditStore() = default;

std::unique_ptr<AuditStore> AuditStore::Open(const std::string& path, std::string& error) {
  auto db = sqlite::Database::Open(path);
  if (!db.ok()) {
    error = db.status.message;
    return nullptr;
  }
  if (const auto problem = store_detail::CheckAuditSchema(*db)) {
    error = fmt::format("{}: {}", path, *problem);
    return nullptr;
  }
  constexpr int kBusyTimeoutMs = 500;
  if (const auto s = db->SetBusyTimeout(kBusyTimeoutMs); !s.ok()) {
    error = Failed("configuring the database", s);
    return nullptr;
  }
  if (const auto s = db->Exec("PRAGMA cache_size = -32768"); !s.ok()) {
    error = Failed("configuring the database", s);
    return nullptr;
  }
  return std::unique_ptr<AuditStore>(new AuditStore(std::make_unique<State>(std::move(*db))));
}

std::optional<std::string> AuditStore::BeginRun(const AuditRunInfo& info) {
  State& s = *state_;
  auto transaction = sqlite::Transaction::Begin(s.db, sqlite::Transaction::Mode::kExclusive);
  if (!transaction.ok()) {
    if (transaction.status.busy()) return "the database is locked by another process (a reader or a writer); try again when it is done";
    return Failed("starting the run's transaction", transaction.status);
  }
  s.transaction.emplace(std::move(*transaction));
  if (const auto st = store_detail::MigrateAuditSchema(s.db); !st.ok()) return Failed(fmt::format("migrating the database to schema {}", kAuditSchemaVersion), st);
  if (const auto st = s.db.Exec(store_detail::AuditSchemaSql()); !st.ok()) return Failed("creating the tables", st);
  if (const auto st = s.db.SetUserVersion(kAuditSchemaVersion); !st.ok()) return Failed("setting the schema version", st);
  auto run = s.db.Prepare(kInsertRun);
  if (!run.ok()) return Failed("preparing the run row", run.status);
  const std::string_view values[] = {info.started_at, info.input_path, info.rules_sha256, info.catalog_sha256, info.chipgate_version,
                                     info.params_json, info.party_lists_json, info.fixed_inputs_json};
  for (int i = 0; i < 8; ++i) {
    if (const auto st = run->Bind(i + 1, values[i]); !st.ok()) return Failed("recording the run", st);
  }
  if (const auto st = info.rescreen_of ? run->Bind(9, *info.rescreen_of) : run->Bind(9, nullptr); !st.ok()) return Failed("recording the run", st);
  if (const auto step = run->Step(); !step.done()) return Failed("recording the run", step.status);
  s.run_id = s.db.LastInsertRowId();
  auto insert = s.db.Prepare(InsertResultsSql(1));
  if (!insert.ok()) return Failed("preparing the result rows", insert.status);
  s.insert.emplace(std::move(*insert));
  if (const auto st = s.insert->Bind(1, s.run_id); !st.ok()) return Failed("preparing the result rows", st);
  auto insert_several = s.db.Prepare(InsertResultsSql(store_detail::BatchWriter::kRowsPerInsert));
  if (!insert_several.ok()) return Failed("preparing the result rows", insert_several.status);
  s.insert_several.emplace(std::move(*insert_several));
  for (std::size_t r = 0; r < store_detail::BatchWriter::kRowsPerInsert; ++r) {
    const int run_id_parameter = static_cast<int>(r * store_detail::BatchWriter::kResultColumns) + 1;
    if (const auto st = s.insert_several->Bind(run_id_parameter, s.run_id); !st.ok()) return Failed("preparing the result rows", st);
  }
  auto insert_explanation = s.db.Prepare(kInsertExplanation);
  if (!insert_explanation.ok()) return Failed("preparing the explanation rows", insert_explanation.status);
  s.insert_explanation.emplace(std::move(*insert_explanation));
  if (const auto st = s.insert_explanation->Bind(1, s.run_id); !st.ok()) return Failed("preparing the explanation rows", st);
  if (info.records_license_uses) {
    auto insert_use = s.db.Prepare(kInsertUse);
    if (!insert_use.ok()) return Failed("preparing the license ledger", insert_use.status);
    s.insert_use.emplace(std::move(*insert_use));
    if (const auto st = s.insert_use->Bind(6, s.run_id); !st.ok()) return Failed("preparing the license ledger", st);
  }
  s.StartWriter();
  return std::nullopt;
}

std::optional<std::string> AuditStore::Add(const AuditedRow& audited) {
  State& s = *state_;
  if (!s.batch) return "the store has no run in progress";
  const std::int64_t explanation = s.Explanation(audited.why);
  s.batch->AddRow(audited, explanation);
  if (s.insert_use && !audited.row.rejected() && audited.why.license_finding &&
      (*audited.why.license_finding == licenses::Finding::kCovered || *audited.why.license_finding == licenses::Finding::kQuantityExhausted)) {
    s.batch->AddUse(audited.row);  // covered: it draws on the license, whether or not anything was left
  }
  if (!s.batch->full()) return std::nullopt;
  if (!s.writer->Submit(std::move(s.batch)) || !(s.batch = s.writer->Take())) {
    return s.StopWriter().value_or("storing the results failed");
  }
  return std::nullopt;
}

std::optional<std::string> AuditStore::FinishRun(const AuditRunEnd& end) {
  State& s = *state_;
  if (auto problem = s.StopWriter()) return *problem;
  auto update = s.db.Prepare(kFinishRun);
  if (!update.ok()) return Failed("preparing the run's totals", update.status);
  const AuditCounts& n = end.counts;
  sqlite::Status status = update->Bind(1, std::string_view(end.finished_at));
  auto next = [&status](const sqlite::Status& result) {
    if (status.ok()) status = result;
  };
  next(update->Bind(2, std::string_view(end.input_sha256)));
  const std::int64_t counts[] = {Count(n.read), Count(n.decided), Count(n.rejected), Count(n.of(Verdict::kOk)), Count(n.of(Verdict::kViolation)),
                                 Count(n.of(Verdict::kOverDeclared)), Count(n.of(Verdict::kIndeterminate)), Count(n.blank_lines),
                                 Count(n.of(Verdict::kProhibited))};
  for (int i = 0; i < 9; ++i) next(update->Bind(3 + i, counts[i]));
  next(update->Bind(12, s.run_id));
  if (!status.ok()) return Failed("recording the run's totals", status);
  if (const auto step = update->Step(); !step.done()) return Failed("recording the run's totals", step.status);
  if (end.licenses != nullptr) {
    if (auto problem = store_detail::ReplaceEarlierUses(s.db, s.run_id, end.licenses->superseded_shipments)) return problem;
  }
  s.insert.reset();
  s.insert_several.reset();
  s.insert_explanation.reset();
  s.insert_use.reset();
  const auto committed = s.transaction->Commit();
  if (!committed.ok()) return Failed("committing the run", committed);
  s.transaction.reset();
  return std::nullopt;
}

void AuditStore::AbandonRun() {
  state_->writer.reset();  // drops what is queued
  state_->batch.reset();
  state_->insert.reset();
  state_->insert_several.reset();
  state_->insert_explanation.reset();
  state_->insert_use.reset();
  state_->transaction.reset();  // rolls back
  state_->stored.clear();  // its explanations went with it: a run begun next stores them again
  state_->next_explanation = 1;
}

std::int64_t AuditStore::run_id() const { return state_->run_id; }

std::optional<std::string> ReadLicenseLedger(const std::string& path, std::vector<LicenseUseRecord>& out) {
  auto db = sqlite::Database::Open(path);
  if (!db.ok()) return db.status.message;
  if (const auto problem = store_detail::CheckAuditSchema(*db)) return *problem;
  return store_detail::ReadLicenseUses(*db, out);
}

std::optional<std::string> AuditStore::ReadRun(std::int64_t run_id, StoredRunInfo& out) {
  return store_detail::ReadStoredRun(state_->db, run_id, out);
}

namespace {

class StoreRows final : public StoredRowSource {
 public:
  StoreRows(std::function<std::optional<std::string>(std::uint64_t, std::size_t, std::vector<StoredRow>&)> read) : read_(std::move(read)) {}
  std::optional<std::string> ReadRows(std::uint64_t after_line, std::size_t limit, std::vector<StoredRow>& out) override {
    return read_(after_line, limit, out);
  }

 private:
  std::function<std::optional<std::string>(std::uint64_t, std::size_t, std::vector<StoredRow>&)> read_;
};

}  // namespace

std::unique_ptr<StoredRowSource> AuditStore::RowsOf(std::int64_t run_id) {
  State* s = state_.get();
  return std::make_unique<StoreRows>([s, run_id](std::uint64_t after_line, std::size_t limit, std::vector<StoredRow>& out) -> std::optional<std::string> {
    const bool writing = s->writer != nullptr;
    if (writing) {
      if (auto problem = s->StopWriter()) return problem;
    }
    auto problem = store_detail::ReadStoredRows(s->db, run_id, after_line, limit, out);
    if (writing) s->StartWriter();
    return problem;
  });
}

std::optional<std::string> AuditStore::LoadLicenseUses(std::vector<LicenseUseRecord>& out) {
  return store_detail::ReadLicenseUses(state_->db, out);
}

}  // namespace chipgate
