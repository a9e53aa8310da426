// A re-screening run (see audit_rescreen.hpp). Everything that can refuse it does so before
// the run starts (paths, the database, the run, the rules it was decided with), so a mistake
// stores nothing; after that a failure rolls the new run back and the database is as it was.
#include "cli/audit/audit_rescreen.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <filesystem>

#include "audit/rescreen.hpp"
#include "audit/utc_now.hpp"
#include "cli/audit/audit_outputs.hpp"
#include "cli/audit/audit_steps.hpp"
#include "cli/audit/audit_text.hpp"
#include "cli/core/output_stream.hpp"
#include "report/audit_output.hpp"
#include "report/audit_report.hpp"
#include "store/audit_store.hpp"

namespace chipgate::cli {
namespace {

// The verdicts may differ only because the lists did: the rules, catalog, params and the
// inputs every row is asked with must be the original run's.
std::optional<std::string> DifferentBasis(const StoredRunInfo& run, const EngineState& s) {
  const auto differs = [&run](std::string_view what) {
    return fmt::format("run {} was decided with other {} than this chipgate has loaded; re-screen it with the run's own (its hashes are in "
                       "the runs table), or audit the log again",
                       run.run_id, what);
  };
  if (run.rules_sha256 != s.model.rules_hash) return differs("rules");
  if (run.catalog_sha256 != s.catalog_hash) return differs("catalog files");
  if (run.params_json != AuditParamsJson(s)) return differs("params");
  if (run.fixed_inputs_json != AuditFixedInputsJson()) return differs("fixed inputs (end use, transaction)");
  return std::nullopt;
}

// Refusals before the run: false (with the message) when nothing may be stored.
bool Usable(const RescreenRequest& r, const EngineState& session, Io& io) {
  if (!CheckAuditPaths({"-", {}, r.db_path, r.report_path, r.force}, io)) return false;
  std::error_code ec;
  if (!std::filesystem::is_regular_file(r.db_path, ec)) {
    fmt::print(io.err, "chipgate audit: --rescreen reads a stored run, and {} is not a database file\n", r.db_path);
    return false;
  }
  if (const Result<bool> lists = session.parties->Ready(); !lists.ok()) {
    fmt::print(io.err, "{}chipgate audit: the restricted-party lists cannot be read; nothing is stored\n", RenderText(lists.diagnostics));
    return false;
  }
  return true;
}

struct Outputs {
  AuditSummary summary;
  std::optional<AuditCsvWriter> csv;
  std::optional<AuditJsonWriter> json;
  std::vector<AuditSink*> sinks;
};

void AddOutputs(const RescreenRequest& r, const EngineState& session, const AuditRunInfo& info, std::int64_t run_id, Outputs& o, Io& io) {
  o.sinks.push_back(&o.summary);
  if (r.format == "csv") o.sinks.push_back(&o.csv.emplace(io.out));
  if (r.format == "json" || r.format == "jsonl") {
    const AuditRunHeader header{run_id, info.started_at, info.input_path, info.rules_sha256, info.catalog_sha256, info.chipgate_version,
                                info.params_json, session.model.current_to ? session.model.current_to->ToString() : std::string(),
                                info.party_lists_json};
    const auto shape = r.format == "jsonl" ? AuditJsonWriter::Shape::kLines : AuditJsonWriter::Shape::kDocument;
    o.sinks.push_back(&o.json.emplace(io.out, session.model, header, shape));
  }
}

}  // namespace

int RunRescreenRequest(const RescreenRequest& request, const EngineState& session, Io& io) {
  if (!Usable(request, session, io)) return kExitUsage;
  std::string error;
  const auto store = AuditStore::Open(request.db_path, error);
  if (!store) {
    fmt::print(io.err, "chipgate audit: cannot use the database {}: {}; nothing is stored\n", request.db_path, error);
    return kExitUsage;
  }
  StoredRunInfo original;
  if (auto problem = store->ReadRun(request.run_id, original); problem || (problem = DifferentBasis(original, session))) {
    fmt::print(io.err, "chipgate audit: --rescreen {}: {}; nothing is stored\n", request.run_id, *problem);
    return kExitUsage;
  }
  const std::vector<Provenance::PartyListFile> party_lists = session.parties->ListFiles();
  AuditRunInfo info{UtcNowIso8601(), original.input_path, session.model.rules_hash, session.catalog_hash, CHIPGATE_VERSION, AuditParamsJson(session),
                    PartyListsJson(party_lists)};
  info.rescreen_of = original.run_id;
  if (const auto problem = store->BeginRun(info)) {
    fmt::print(io.err, "chipgate audit: {}: {}; nothing is stored\n", request.db_path, *problem);
    return kExitUsage;
  }
  RowAuditor auditor(session.model, session.catalog, session.params, session.parties.get());
  Outputs outputs;
  outputs.sinks.push_back(store.get());
  AddOutputs(request, session, info, store->run_id(), outputs, io);
  const auto rows = store->RowsOf(original.run_id);
  RescreenResult result = RunRescreen(*rows, session.catalog, auditor, outputs.sinks);
  AuditCounts& counts = result.run.counts;
  counts.blank_lines = original.blank_lines;
  if (outputs.json) outputs.json->Finish(counts);
  const bool rows_lost = !request.format.empty() && OutputFailed(io);
  if (result.run.error || rows_lost) {
    store->AbandonRun();
    fmt::print(io.err, "chipgate audit: --rescreen {}: {}; the run was rolled back: nothing is stored and no report written\n", request.run_id,
               result.run.error.value_or("cannot write standard output"));
    return kExitNotStored;
  }
  const AuditRunEnd end{UtcNowIso8601(), original.input_sha256, counts, nullptr};
  if (const auto problem = store->FinishRun(end)) {
    fmt::print(io.err, "chipgate audit: {}: {}; the run was rolled back: nothing is stored and no report written\n", request.db_path, *problem);
    return kExitNotStored;
  }
  bool complete = true;
  if (!request.report_path.empty()) {
    AuditReportInfo report{original.input_path, original.input_sha256, request.db_path, store->run_id(), info.started_at, end.finished_at,
                           session.model.rules_hash, session.catalog_hash, CHIPGATE_VERSION, {}, AuditParamList(session), counts, party_lists};
    for (const auto& f : session.model.files) report.rule_files.emplace_back(f.path, f.sha256);
    report.rescreen_of = original.run_id;
    report.changes = result.changes;
    report.changed = result.changed;
    const std::string html = AuditHtml(outputs.summary, report, session.model, session.catalog, session.params);
    complete = WriteAuditReport(request.report_path, html, store->run_id(), io);
  }
  const AuditWhere where{fmt::format("{} (run {} re-screened)", original.input_path, original.run_id), request.db_path, store->run_id(),
                         complete ? request.report_path : ""};
  const std::string text = AuditSummaryText(outputs.summary, counts, where) + VerdictChangesText(result, original.run_id);
  // fputs, not fmt::print: a failed stdout is reported with the run id, not thrown.
  std::fputs(text.c_str(), request.format.empty() ? io.out : io.err);
  complete = AuditStdoutWritten(request.db_path, store->run_id(), io) && complete;
  if (!complete) return kExitOutput;
  return counts.has_findings() ? kExitFinding : kExitOk;
}

}  // namespace chipgate::cli
