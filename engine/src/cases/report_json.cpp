// The JSON report (see report.hpp). Keys are stable for CI tools; each failure carries its
// typed fields and the same text line as the text report.
#include <fmt/format.h>

#include "cases/report.hpp"
#include "text/json.hpp"

namespace chipgate::cases {
namespace {

const char* FailureKindKey(FailureKind k) {
  switch (k) {
    case FailureKind::kMismatch: return "mismatch";
    case FailureKind::kDisagreement: return "disagreement";
    case FailureKind::kRefused: break;
  }
  return "refused";
}

void WriteFailure(JsonWriter& w, const Case& c, const Failure& f) {
  w.BeginObject().Field("file", c.file).Key("line").Int(f.line).Field("case", c.name).Field("kind", FailureKindKey(f.kind));
  if (f.kind == FailureKind::kRefused) {
    w.Field("code", f.refusal.code).Field("field", f.refusal.field);
  } else {
    w.Field("key", SpecOf(f.key).name);
    if (f.kind == FailureKind::kMismatch) w.StringArray("expected", f.expected);
    if (f.kind == FailureKind::kDisagreement) w.StringArray("fast", f.fast);
    w.StringArray("got", f.got);
  }
  w.Field("message", FailureLine(c, f)).EndObject();
}

void WriteCases(JsonWriter& w, const CaseSet& set, const SuiteResult& result) {
  w.Key("cases").BeginArray();
  for (std::size_t i = 0; i < set.cases.size(); ++i) {
    const Case& c = set.cases[i];
    w.BeginObject().Field("file", c.file).Key("line").Int(c.line).Field("name", c.name).Field("status", CaseStatusKey(result.results[i].status)).EndObject();
  }
  w.EndArray().Key("failures").BeginArray();
  for (std::size_t i = 0; i < set.cases.size(); ++i) {
    for (const auto& f : result.results[i].failures) WriteFailure(w, set.cases[i], f);
  }
  w.EndArray();
}

void WriteCoverage(JsonWriter& w, const Coverage& coverage) {
  const CoverageSummary s = coverage.Summary();
  w.Key("coverage").BeginObject();
  w.Key("rules").Int(static_cast<long long>(s.rules)).Key("covered").Int(static_cast<long long>(s.covered));
  w.Key("partial").Int(static_cast<long long>(s.partial)).Key("uncovered").Int(static_cast<long long>(s.uncovered));
  w.Key("percent").Number(s.PercentText()).Key("by_rule").BeginArray();
  for (const auto& r : coverage.rules()) {
    w.BeginObject().Field("kind", RuleKindKey(r.rule.kind)).Field("id", r.id).Field("file", r.file).Key("line").Int(r.line);
    w.Key("held").Int(static_cast<long long>(r.held)).Key("not_held").Int(static_cast<long long>(r.not_held));
    w.Key("unknown").Int(static_cast<long long>(r.unknown)).Field("status", CoverageStatusKey(r.Status())).EndObject();
  }
  w.EndArray().EndObject();
}

void WriteDiagnostics(JsonWriter& w, const std::vector<Diagnostic>& diagnostics) {
  w.Key("diagnostics").BeginArray();
  for (const auto& d : diagnostics) {
    w.BeginObject().Field("file", d.location ? d.location->path : d.path);
    w.Key("line").Int(d.location ? d.location->line : 0).Key("column").Int(d.location ? d.location->column : 0);
    w.Field("severity", d.severity == Severity::kError ? "error" : d.severity == Severity::kWarning ? "warning" : "note");
    w.Field("code", d.code).Field("message", d.message).Field("help", d.help).EndObject();
  }
  w.EndArray();
}

}  // namespace

std::string RenderJson(const CaseSet& set, const SuiteResult& result, bool with_coverage) {
  JsonWriter w;
  w.BeginObject().Key("summary").BeginObject();
  w.Key("passed").Int(static_cast<long long>(result.passed)).Key("failed").Int(static_cast<long long>(result.failed));
  w.Key("errors").Int(static_cast<long long>(result.errors)).Key("total").Int(static_cast<long long>(set.cases.size()));
  w.Key("files").Int(static_cast<long long>(set.files.size())).EndObject();
  WriteCases(w, set, result);
  if (with_coverage) WriteCoverage(w, result.coverage);
  WriteDiagnostics(w, {});
  w.EndObject();
  return w.Take() + "\n";
}

std::string RenderJsonDiagnostics(const std::vector<Diagnostic>& diagnostics) {
  JsonWriter w;
  w.BeginObject().Key("summary").Null().Key("cases").BeginArray().EndArray().Key("failures").BeginArray().EndArray();
  WriteDiagnostics(w, diagnostics);
  w.EndObject();
  return w.Take() + "\n";
}

}  // namespace chipgate::cases
