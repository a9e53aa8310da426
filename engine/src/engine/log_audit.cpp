// RunLogAudit (see log_audit.hpp). The one pass costs nothing extra for a log already in
// ship-date order, which most are; reading a log twice is kept for the logs that are not.
#include "engine/log_audit.hpp"

#include <fmt/format.h>

#include <fstream>
#include <vector>

#include "audit/license_checker.hpp"
#include "audit/row_auditor.hpp"

namespace chipgate {
namespace {

LogAuditFailure Failed(LogAuditFailure::Step step, std::string problem) { return {step, std::move(problem)}; }

// The first pass: reads the log through a second reader (a plain stream: the input's hash is
// taken by the pass that decides the rows) and plans depletion against the uses `store` holds.
std::optional<std::string> PlanLicenses(const LogAudit& audit, AuditStore& store, RowAuditor& auditor, LicensePlan& plan) {
  std::vector<LicenseUseRecord> earlier;
  if (auto problem = store.LoadLicenseUses(earlier)) return problem;
  std::ifstream input(audit.input_path, std::ios::binary);
  if (!input) return fmt::format("cannot read {} a second time", audit.input_path);
  const Engine::State& s = audit.engine;
  ShipmentLogReader reader(input, s.model, s.catalog, audit.mapping, audit.exporter_hq);
  if (!reader.ReadHeader().empty()) return fmt::format("{} changed while it was read", audit.input_path);
  plan = PlanLicenseUses(reader, auditor, *audit.licenses, earlier);
  if (reader.read_failed()) return fmt::format("reading {} failed (an I/O error)", audit.input_path);
  return std::nullopt;
}

}  // namespace

std::optional<LogAuditFailure> RunLogAudit(const LogAudit& audit, const LogAuditPlaces& places, LogAuditResult& out) {
  using Step = LogAuditFailure::Step;
  const Engine::State& s = audit.engine;
  AuditStore& store = places.store;
  if (auto problem = store.BeginRun(places.info)) return Failed(Step::kBeginRun, std::move(*problem));
  RowAuditor auditor(s.model, s.catalog, s.params, s.parties.get());
  std::vector<LicenseUseRecord> earlier;
  if (audit.licenses) {
    if (auto problem = store.LoadLicenseUses(earlier)) {
      store.AbandonRun();
      return Failed(Step::kLicenseUses, std::move(*problem));
    }
  }
  std::vector<AuditSink*> sinks = {&store, &places.summary};
  if (places.open_outputs) {
    const std::vector<AuditSink*> outputs = places.open_outputs();
    sinks.insert(sinks.end(), outputs.begin(), outputs.end());
  }
  bool planned = audit.plan_first;
  std::optional<LicenseChecker> checker;
  while (true) {
    if (audit.licenses && planned) {
      if (auto problem = PlanLicenses(audit, store, auditor, out.plan)) {
        store.AbandonRun();
        return Failed(Step::kPlan, std::move(*problem));
      }
      checker.emplace(*audit.licenses, out.plan);
    } else if (audit.licenses) {
      checker.emplace(*audit.licenses, earlier);
    }
    out.run = RunAudit(*places.reader, auditor, sinks, audit.progress, audit.progress_context, checker ? &*checker : nullptr);
    if (out.run.error || !checker) return std::nullopt;
    if (auto finished = checker->Finish()) {
      out.plan = std::move(*finished);
      return std::nullopt;
    }
    // The log's order changed a row's depletion: the run is done again, with a plan made first.
    store.AbandonRun();
    if (auto problem = store.BeginRun(places.info)) return Failed(Step::kBeginRun, std::move(*problem));
    places.reader.reset();  // before the stream it reads
    std::string error;
    if (!(places.input = InputFile::Open(audit.input_path, error))) {
      store.AbandonRun();
      return Failed(Step::kReread, fmt::format("cannot read {} a second time: {}", audit.input_path, error));
    }
    places.reader.emplace(places.input->stream(), s.model, s.catalog, audit.mapping, audit.exporter_hq);
    if (!places.reader->ReadHeader().empty()) {
      store.AbandonRun();
      return Failed(Step::kReread, fmt::format("{} changed while it was read", audit.input_path));
    }
    places.summary = AuditSummary();
    planned = true;
  }
}

}  // namespace chipgate
