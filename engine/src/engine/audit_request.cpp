// Engine::Audit (see chipgate/engine.hpp): one shipment log into the audit database as one run,
// for programs and the server. The run itself is the CLI's (RunLogAudit, engine/log_audit.hpp),
// without its terminal parts (progress, row output, exit statuses): every check that can fail
// before the first row does, so a mistake stores nothing; after that a failure rolls the run
// back. Errors are Q0205 naming the field.
#include <fmt/format.h>

#include "audit/audit_mapping.hpp"
#include "audit/counts.hpp"
#include "audit/input_file.hpp"
#include "audit/log_reader.hpp"
#include "audit/row_verdict.hpp"
#include "audit/run.hpp"
#include "audit/sink.hpp"
#include "audit/utc_now.hpp"
#include "engine/log_audit.hpp"
#include "engine/request_errors.hpp"
#include "engine/state.hpp"
#include "licenses/licenses.hpp"
#include "render/decision_json.hpp"
#include "report/audit_output.hpp"
#include "report/audit_report.hpp"
#include "store/audit_store.hpp"
#include "text/json.hpp"
#include "text/output_file.hpp"

namespace chipgate {
namespace {

Diagnostic Unusable(const char* field, std::string message) { return FieldDiagnostic("Q0205", field, std::move(message)); }

template <class T>
Result<T> Unusable(const char* field, std::string message) {
  return FailWith<T>(Unusable(field, std::move(message)));
}

AuditRunSummary SummaryOf(std::int64_t run_id, const AuditCounts& counts, std::string input_sha256) {
  AuditRunSummary out;
  out.run_id = run_id;
  out.rows = counts.read;
  out.ok = counts.of(Verdict::kOk);
  out.violations = counts.of(Verdict::kViolation);
  out.over_declared = counts.of(Verdict::kOverDeclared);
  out.indeterminate = counts.of(Verdict::kIndeterminate);
  out.rejected = counts.of(Verdict::kRejected);
  out.input_sha256 = std::move(input_sha256);
  return out;
}

std::string ParamsJson(const Engine::State& s) {
  JsonWriter w(0);
  render::WriteParamsJson(w, s.model, s.params);
  return w.str();
}

// After the commit: the report, replaced atomically; a failure leaves the run stored.
void WriteReport(const Engine::State& s, const AuditJob& job, const AuditSummary& summary, AuditReportInfo info, AuditRunSummary& out) {
  if (job.report_path.empty()) return;
  for (const auto& f : s.model.files) info.rule_files.emplace_back(f.path, f.sha256);
  for (const auto& p : s.provenance.params) info.params.push_back(p);
  const std::string html = AuditHtml(summary, info, s.model, s.catalog, s.params);
  if (auto problem = WriteFileAtomically(job.report_path, html)) {
    out.report_problem = std::move(*problem);
    return;
  }
  out.report_written = true;
}

// Stops a run at its deadline: RunAudit ends on a sink's error, and the run is rolled back.
class DeadlineSink : public AuditSink {
 public:
  explicit DeadlineSink(std::chrono::steady_clock::time_point deadline) : deadline_(deadline) {}
  std::optional<std::string> Add(const AuditedRow&) override {
    expired_ = expired_ || std::chrono::steady_clock::now() >= deadline_;
    if (expired_) return std::string("the run took longer than its time limit");
    return std::nullopt;
  }
  bool expired() const { return expired_; }

 private:
  std::chrono::steady_clock::time_point deadline_;
  bool expired_ = false;
};

struct Prepared {
  std::unique_ptr<InputFile> input;
  std::unique_ptr<AuditStore> store;
  std::optional<CountryCode> exporter_hq;
  std::optional<licenses::Register> licenses;
};

Result<Prepared> Prepare(const Engine::State& s, const AuditJob& job) {
  Prepared p;
  if (!job.exporter_hq.empty()) {
    Result<CountryCode> hq = ResolveCountry(job.exporter_hq, "exporter_hq");
    if (!hq.ok()) return ForwardFailure<Prepared>(hq);
    p.exporter_hq = *hq;
  }
  if (!job.license_files.empty()) {
    Result<licenses::Register> reg = LoadLicenseRegister(s, job.license_files, "license_files");
    if (!reg.ok()) return ForwardFailure<Prepared>(reg);
    p.licenses = std::move(*reg.value);
  }
  std::string error;
  if (!(p.input = InputFile::Open(job.input_path, error))) return Unusable<Prepared>("input", fmt::format("cannot read {}: {}", job.input_path, error));
  if (!(p.store = AuditStore::Open(job.db_path, error))) return Unusable<Prepared>("db", fmt::format("cannot use the database: {}", error));
  return Succeed(std::move(p));
}

}  // namespace

Result<AuditRunSummary> Engine::Audit(const AuditJob& job) const {
  const State& s = *state_;
  Result<Prepared> prepared = Prepare(s, job);
  if (!prepared.ok()) return ForwardFailure<AuditRunSummary>(prepared);
  Prepared& p = *prepared.value;
  const AuditMapping mapping;
  if (Result<bool> lists = s.parties->Ready(); !lists.ok()) return ForwardFailure<AuditRunSummary>(lists);
  std::optional<ShipmentLogReader> reader;  // read again when license depletion needs a plan made first
  reader.emplace(p.input->stream(), s.model, s.catalog, mapping, p.exporter_hq);
  if (const auto problems = reader->ReadHeader(); !problems.empty()) return Unusable<AuditRunSummary>("input", problems.front());
  const std::string input_name = job.input_name.empty() ? job.input_path : job.input_name;
  const std::vector<Provenance::PartyListFile> party_lists = s.parties->ListFiles();
  AuditRunInfo info{UtcNowIso8601(), input_name, s.model.rules_hash, s.catalog_hash, CHIPGATE_VERSION, ParamsJson(s), PartyListsJson(party_lists)};
  info.records_license_uses = p.licenses.has_value();
  AuditSummary summary;
  DeadlineSink deadline(job.deadline);
  const LogAudit audit{s, job.input_path, mapping, p.exporter_hq, p.licenses ? &*p.licenses : nullptr};
  LogAuditResult ran;
  const auto open_outputs = [&deadline]() -> std::vector<AuditSink*> { return {&deadline}; };
  if (auto failure = RunLogAudit(audit, {*p.store, info, p.input, reader, summary, open_outputs}, ran)) {
    using Step = LogAuditFailure::Step;
    const bool db = failure->step == Step::kBeginRun || failure->step == Step::kLicenseUses;
    return Unusable<AuditRunSummary>(db ? "db" : "input", std::move(failure->problem));
  }
  const AuditRunResult& result = ran.run;
  if (result.error) {
    p.store->AbandonRun();
    if (deadline.expired()) {
      return FailWith<AuditRunSummary>(FieldDiagnostic("Q0206", "deadline", fmt::format("the run was still reading row {} at its time limit, so it was rolled back; split the log", result.counts.read)));
    }
    return Unusable<AuditRunSummary>("input", fmt::format("{}; the run was rolled back", *result.error));
  }
  if (result.counts.read > 0 && result.counts.decided == 0) {
    p.store->AbandonRun();
    return Unusable<AuditRunSummary>("input", "every row was rejected, so nothing was stored");
  }
  const AuditRunEnd end{UtcNowIso8601(), p.input->FinishHash(), result.counts, p.licenses ? &ran.plan : nullptr};
  if (auto problem = p.store->FinishRun(end)) return Unusable<AuditRunSummary>("db", fmt::format("{}; the run was rolled back", *problem));
  AuditRunSummary out = SummaryOf(p.store->run_id(), result.counts, end.input_sha256);
  WriteReport(s, job, summary,
              {input_name, end.input_sha256, job.db_path, out.run_id, info.started_at, end.finished_at, s.model.rules_hash, s.catalog_hash,
               CHIPGATE_VERSION, {}, {}, result.counts, party_lists},
              out);
  return Succeed(std::move(out));
}

}  // namespace chipgate
