// One audit run (see audit_run.hpp). Everything that can be checked before the first row is
// (the mapping, the input, the header, the database, the report's folder), so a mistake costs
// a message, not a half-written run; after that, a failure rolls the run back.
#include "cli/audit/audit_run.hpp"
#include "render/decision_json.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <filesystem>

#include "cli/audit/audit_outputs.hpp"
#include "cli/audit/audit_steps.hpp"
#include "cli/audit/audit_text.hpp"
#include "cli/core/output_stream.hpp"
#include "engine/log_audit.hpp"
#include "audit/audit_mapping.hpp"
#include "report/audit_output.hpp"
#include "report/audit_report.hpp"
#include "store/audit_store.hpp"
#include "audit/input_file.hpp"
#include "audit/utc_now.hpp"
#include "text/json.hpp"
#include "text/output_file.hpp"
#include "cli/audit/progress.hpp"

namespace chipgate::cli {

// The command renders through the library's render layer.
using namespace render;  // NOLINT(google-build-using-namespace)
namespace {

void ShowProgress(void* context, std::uint64_t rows, std::uint64_t bytes) {
  // Reading the clock for every row would cost more than deciding it; every 4096th row is
  // plenty for a display that redraws ten times a second.
  if (rows % 4096 == 0) static_cast<ProgressReporter*>(context)->Update(rows, bytes);
}

}  // namespace

bool ReadMapping(const Args& args, const EngineState& session, AuditMapping& mapping, Io& io) {
  bool ok = true;
  for (const auto& path : args.GetAll("--map")) {
    SourceSet sources;  // the mapping file, for its diagnostics
    const std::vector<Diagnostic> problems = LoadAuditMapping(path, session.catalog, sources, mapping);
    if (!problems.empty()) fmt::print(io.err, "{}", RenderText(problems, sources));
    ok = ok && !HasErrors(problems);
  }
  for (const auto& assignment : args.GetAll("--map-column")) {
    if (const auto problem = AddColumnMapping(assignment, mapping)) {
      fmt::print(io.err, "chipgate audit: --map-column: {}\n", *problem);
      ok = false;
    }
  }
  for (const auto& assignment : args.GetAll("--map-item")) {
    if (const auto problem = AddItemMapping(assignment, session.catalog, mapping)) {
      fmt::print(io.err, "chipgate audit: --map-item: {}\n", *problem);
      ok = false;
    }
  }
  return ok;
}

int RunAuditRequest(const AuditRequest& request, const EngineState& session, Io& io) {
  if (!CheckAuditPaths({request.input_path, request.map_paths, request.db_path, request.report_path, request.force}, io)) {
    return kExitUsage;
  }
  std::string error;
  auto input = InputFile::Open(request.input_path, error);
  if (!input) {
    fmt::print(io.err, "chipgate audit: cannot read {}: {}\n", request.input_path, error);
    return kExitUsage;
  }
  std::optional<ShipmentLogReader> reader;  // read again when license depletion needs a plan made first
  reader.emplace(input->stream(), session.model, session.catalog, request.mapping, request.exporter_hq);
  const std::vector<std::string> header_problems = reader->ReadHeader();
  for (const auto& p : header_problems) fmt::print(io.err, "chipgate audit: {}: {}\n", request.input_path, p);
  if (!header_problems.empty()) {
    fmt::print(io.err, "help: name the columns in the header row, or map yours with --map FILE.toml or --map-column (see docs/audit.md)\n");
    return kExitUsage;
  }
  for (const auto& note : reader->notes()) fmt::print(io.err, "note: {}\n", note);
  // The lists are read before the run: a list that cannot be read stops it (no row passes unscreened).
  if (const Result<bool> lists = session.parties->Ready(); !lists.ok()) {
    fmt::print(io.err, "{}chipgate audit: the restricted-party lists cannot be read; nothing is stored\n", RenderText(lists.diagnostics));
    return kExitUsage;
  }
  const auto store = AuditStore::Open(request.db_path, error);
  if (!store) {
    fmt::print(io.err, "chipgate audit: cannot use the database {}: {}; nothing is stored\n", request.db_path, error);
    return kExitUsage;
  }
  const std::vector<Provenance::PartyListFile> party_lists = session.parties->ListFiles();
  AuditRunInfo info{UtcNowIso8601(), request.input_path, session.model.rules_hash, session.catalog_hash, CHIPGATE_VERSION, AuditParamsJson(session),
                    PartyListsJson(party_lists)};
  info.records_license_uses = request.licenses.has_value();
  // Depletion in one pass, checked at the end; rows written to standard output cannot be taken
  // back if that check fails, so with --format the plan is made first.
  const bool planned = !request.format.empty();
  AuditSummary summary;
  std::optional<AuditCsvWriter> csv;
  std::optional<AuditJsonWriter> json;
  const auto open_outputs = [&]() -> std::vector<AuditSink*> {
    if (request.format == "csv") return {&csv.emplace(io.out)};
    if (request.format != "json" && request.format != "jsonl") return {};
    const AuditRunHeader header{store->run_id(), info.started_at, info.input_path, info.rules_sha256, info.catalog_sha256, info.chipgate_version,
                                info.params_json, session.model.current_to ? session.model.current_to->ToString() : std::string(),
                                info.party_lists_json};
    const auto shape = request.format == "jsonl" ? AuditJsonWriter::Shape::kLines : AuditJsonWriter::Shape::kDocument;
    return {&json.emplace(io.out, session.model, header, shape)};
  };
  ProgressReporter progress(io.progress, {ProgressReporter::IsTerminal(io.progress), input->size()});
  const LogAudit audit{session, request.input_path, request.mapping, request.exporter_hq, request.licenses ? &*request.licenses : nullptr,
                       planned, &ShowProgress, &progress};
  LogAuditResult ran;
  if (const auto failure = RunLogAudit(audit, {*store, info, input, reader, summary, open_outputs}, ran)) {
    if (failure->step == LogAuditFailure::Step::kBeginRun) {
      fmt::print(io.err, "chipgate audit: {}: {}; nothing is stored\n", request.db_path, failure->problem);
    } else if (failure->step == LogAuditFailure::Step::kReread) {
      fmt::print(io.err, "chipgate audit: {}; nothing is stored\n", failure->problem);
    } else {
      fmt::print(io.err, "chipgate audit: {}\n", failure->problem);
    }
    return kExitUsage;
  }
  const AuditRunResult& result = ran.run;
  const LicensePlan& plan = ran.plan;
  progress.Finish();
  if (json) json->Finish(result.counts);
  // With --format the rows on stdout are part of the run: all of them are out before it commits.
  const bool rows_lost = !request.format.empty() && OutputFailed(io);
  if (result.error || rows_lost) {
    store->AbandonRun();
    fmt::print(io.err, "chipgate audit: {}; the run was rolled back: nothing is stored and no report written\n",
               result.error.value_or("cannot write standard output"));
    return kExitNotStored;
  }
  if (result.counts.read > 0 && result.counts.decided == 0) {
    store->AbandonRun();
    fmt::print(io.err, "chipgate audit: {}: every row was rejected, so nothing was stored{}", request.input_path,
               RejectGroupsText(summary.reject_groups(), result.counts.rejected));
    fmt::print(io.err, "help: {}\n", AllRejectedHelp(summary.reject_groups().front(), reader->date_shape(), request.mapping, reader->delimiter()));
    return kExitUsage;
  }
  const AuditRunEnd end{UtcNowIso8601(), input->FinishHash(), result.counts, request.licenses ? &plan : nullptr};
  if (const auto problem = store->FinishRun(end)) {
    fmt::print(io.err, "chipgate audit: {}: {}; the run was rolled back: nothing is stored and no report written\n", request.db_path, *problem);
    return kExitNotStored;
  }
  bool complete = true;
  if (!request.report_path.empty()) {
    AuditReportInfo report{request.input_path, end.input_sha256, request.db_path, store->run_id(), info.started_at, end.finished_at,
                           session.model.rules_hash, session.catalog_hash, CHIPGATE_VERSION, {}, AuditParamList(session), result.counts, party_lists};
    for (const auto& f : session.model.files) report.rule_files.emplace_back(f.path, f.sha256);
    complete = WriteAuditReport(request.report_path, AuditHtml(summary, report, session.model, session.catalog, session.params), store->run_id(), io);
  }
  const AuditWhere where{request.input_path, request.db_path, store->run_id(), complete ? request.report_path : ""};
  // fputs, not fmt::print: a failed stdout is reported by StdoutWritten, with the run id, not thrown.
  std::fputs(AuditSummaryText(summary, result.counts, where).c_str(), request.format.empty() ? io.out : io.err);
  complete = AuditStdoutWritten(request.db_path, store->run_id(), io) && complete;
  if (!complete) return kExitOutput;
  return result.counts.has_findings() ? kExitFinding : kExitOk;
}

}  // namespace chipgate::cli
