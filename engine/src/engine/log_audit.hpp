// The run of one shipment log into the audit store, shared by Engine::Audit and `chipgate
// audit`, so the two cannot drift apart. License depletion goes in ship-date order: in one pass
// each use draws on its license as its row is read, and when Finish() finds that the log's order
// changed an answer, the run is abandoned and done again from the log opened anew, with a plan
// made first (PlanLicenseUses). The callers keep what differs between them: opening the input
// and the store and checking the header before, committing or rolling back after, their own
// outputs, and the words for every failure (a flag for the CLI, a request field for the library).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "audit/audit_mapping.hpp"
#include "audit/input_file.hpp"
#include "audit/license_plan.hpp"
#include "audit/log_reader.hpp"
#include "audit/run.hpp"
#include "audit/sink.hpp"
#include "chipgate/country.hpp"
#include "engine/state.hpp"
#include "licenses/licenses.hpp"
#include "report/audit_report.hpp"
#include "store/audit_store.hpp"

namespace chipgate {

// What the rows are read and decided with. The references must outlive the run.
struct LogAudit {
  const Engine::State& engine;   // the rules, catalog, params and party lists
  const std::string& input_path; // opened again when the log must be read a second time
  const AuditMapping& mapping;
  std::optional<CountryCode> exporter_hq;
  const licenses::Register* licenses = nullptr;  // null: claimed licenses are not checked
  // Plan depletion before the first row is decided: for rows that leave the process as they are
  // decided (written to standard output), which cannot be taken back if the one pass fails.
  bool plan_first = false;
  AuditProgress progress = nullptr;
  void* progress_context = nullptr;
};

// Where the run reads and writes; the input and reader are replaced when the log is read again,
// so afterwards they are the ones the rows came from (their hash, their date shape).
struct LogAuditPlaces {
  AuditStore& store;  // opened, no run begun
  const AuditRunInfo& info;
  std::unique_ptr<InputFile>& input;
  std::optional<ShipmentLogReader>& reader;  // over `input`, its header read
  AuditSummary& summary;  // started afresh when the run is done again
  // Further sinks after the store and the summary, opened once the run has begun (they may name
  // its id) and the earlier runs' license uses are read: an output that writes as it opens (the
  // JSON run header) writes nothing for a run the store refused. Null: none.
  std::function<std::vector<AuditSink*>()> open_outputs;
};

struct LogAuditResult {
  AuditRunResult run;  // an error here (a sink's, a read failure) leaves the run open: the caller abandons it
  LicensePlan plan;    // with a register: the depletion the rows were checked against
};

// A step that failed before the rows could be decided; the run is abandoned, nothing stored.
struct LogAuditFailure {
  enum class Step : std::uint8_t {
    kBeginRun,     // the store could not begin the run (or begin it again)
    kLicenseUses,  // the earlier runs' license uses could not be read
    kPlan,         // the first pass that plans depletion failed
    kReread,       // the log could not be opened again, or its header changed
  };
  Step step = Step::kBeginRun;
  std::string problem;
};

// Begins the run in the store and decides every row into the sinks. On success the run is open,
// for the caller to commit (FinishRun) or abandon.
std::optional<LogAuditFailure> RunLogAudit(const LogAudit& audit, const LogAuditPlaces& places, LogAuditResult& out);

}  // namespace chipgate
