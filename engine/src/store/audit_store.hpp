// The audit's SQLite store: one row per run (when, what input, which rules and catalog, which
// chipgate, the counts) and one row per shipment-log row (its verdict, what was required, the
// reasons and citations). A run is one transaction: the run row, every result and the final
// counts commit together or not at all, so a crash or a kill mid-run leaves the database as it
// was. Only prepared statements touch the data. The schema is documented in docs/audit.md and
// versioned in PRAGMA user_version.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "audit/counts.hpp"
#include "audit/license_plan.hpp"
#include "audit/row_auditor.hpp"
#include "audit/sink.hpp"
#include "store/stored_run.hpp"

namespace chipgate {

constexpr std::int64_t kAuditSchemaVersion = 5;

struct AuditRunInfo {
  std::string started_at;  // UTC, ISO 8601 ("2026-11-28T17:56:03Z")
  std::string input_path;
  std::string rules_sha256;
  std::string catalog_sha256;
  std::string chipgate_version;
  std::string params_json;  // the rule params in force for the run, as a JSON object
  // The restricted-party lists the rows were screened against: a JSON array of {path, sha256,
  // list_date} objects ("[]" when none were).
  std::string party_lists_json = "[]";
  // What every row was asked with besides its stored columns (AuditFixedInputsJson).
  std::string fixed_inputs_json = std::string(AuditFixedInputsJson());
  // A re-screening: the run whose rows it decided again (that run is left as it was).
  std::optional<std::int64_t> rescreen_of = std::nullopt;
  // Checked against a license register: each row its claimed license covers is a use of it,
  // recorded in license_uses as the row is stored.
  bool records_license_uses = false;
};

struct AuditRunEnd {
  std::string finished_at;
  std::string input_sha256;  // known only once the whole input has been read
  AuditCounts counts;
  // With a license register: the shipment ids whose earlier uses this run's replace (see
  // LicensePlan).
  const LicensePlan* licenses = nullptr;
};

class AuditStore : public AuditSink {
 public:
  // Opens (creating if needed) the database at `path` (":memory:" for tests) and checks that it
  // is empty or a chipgate audit database of a schema this build reads. Nothing is written yet.
  static std::unique_ptr<AuditStore> Open(const std::string& path, std::string& error);
  ~AuditStore() override;
  AuditStore(const AuditStore&) = delete;
  AuditStore& operator=(const AuditStore&) = delete;

  // Starts the run's transaction (creating the tables in it when the database is new) and
  // inserts the run row. Until FinishRun commits, nothing is visible to other connections.
  std::optional<std::string> BeginRun(const AuditRunInfo& info);
  std::optional<std::string> Add(const AuditedRow& row) override;
  // Records the end time, input hash and counts, and commits.
  std::optional<std::string> FinishRun(const AuditRunEnd& end);
  // Drops the run (rolls back); what a failed run does instead of FinishRun.
  void AbandonRun();

  std::int64_t run_id() const;

  // The license uses earlier runs stored (empty for a new database). Call before BeginRun.
  std::optional<std::string> LoadLicenseUses(std::vector<LicenseUseRecord>& out);

  // A finished run as stored (see ReadStoredRun: runs before schema 5 are refused). Call before
  // BeginRun: nothing is migrated or written.
  std::optional<std::string> ReadRun(std::int64_t run_id, StoredRunInfo& out);
  // The rows of finished run `run_id`, for RunRescreen while this store records a new run. The
  // connection serves one thread at a time, so the writer thread is stopped (everything queued
  // written) while a page is read, then started again. The source must not outlive the store.
  std::unique_ptr<StoredRowSource> RowsOf(std::int64_t run_id);

 private:
  struct State;
  explicit AuditStore(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

// The license uses stored in an existing audit database at `path` (opened, checked to be ours,
// read, closed; nothing written). An error message when it cannot be read.
std::optional<std::string> ReadLicenseLedger(const std::string& path, std::vector<LicenseUseRecord>& out);

}  // namespace chipgate
