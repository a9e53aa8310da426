// Running one case (see case_runner.hpp).
#include "cases/case_runner.hpp"

#include "cases/observe.hpp"
#include "engine/state.hpp"

namespace chipgate::cases {
namespace {

// The case key that carried a question field the engine refused.
std::string_view KeyOfField(std::string_view field) { return field == "destination" ? std::string_view("to") : field; }

CaseResult Refused(const Case& c, const std::vector<Diagnostic>& diagnostics, std::string_view key) {
  CaseResult r;
  r.status = CaseStatus::kError;
  for (const auto& d : diagnostics) {
    Failure f;
    f.kind = FailureKind::kRefused;
    f.line = c.LineOf(key.empty() ? KeyOfField(d.field) : key);
    f.refusal = d;
    r.failures.push_back(std::move(f));
  }
  return r;
}

void CheckExpectations(const Case& c, const Decision& d, const Model& model, CaseResult& r) {
  for (const auto& e : c.expectations) {
    std::vector<std::string> got = Observe(e.key, d, model);
    if (Satisfies(SpecOf(e.key).shape, e.values, got)) continue;
    Failure f;
    f.kind = FailureKind::kMismatch;
    f.line = e.line;
    f.key = e.key;
    f.expected = e.values;
    f.got = std::move(got);
    r.failures.push_back(std::move(f));
  }
}

// Every key, expected or not: a disagreement is a fault of chipgate's, whatever the case checks.
void CheckAgreement(const Case& c, const Decision& fast, const Decision& explained, const Model& model, CaseResult& r) {
  for (std::size_t k = 0; k < kExpectKeyCount; ++k) {
    const auto key = static_cast<ExpectKey>(k);
    std::vector<std::string> a = Observe(key, fast, model);
    std::vector<std::string> b = Observe(key, explained, model);
    if (a == b) continue;
    Failure f;
    f.kind = FailureKind::kDisagreement;
    f.line = c.line;
    f.key = key;
    f.fast = std::move(a);
    f.got = std::move(b);
    r.failures.push_back(std::move(f));
  }
}

void SetStatus(CaseResult& r) {
  if (r.status != CaseStatus::kError) r.status = r.failures.empty() ? CaseStatus::kPassed : CaseStatus::kFailed;
}

}  // namespace

const char* CaseStatusKey(CaseStatus s) {
  switch (s) {
    case CaseStatus::kPassed: return "passed";
    case CaseStatus::kFailed: return "failed";
    case CaseStatus::kError: break;
  }
  return "error";
}

CaseRunner::CaseRunner(Engine base) : base_(std::move(base)), coverage_(base_.state().model, base_.state().sources) {}

const Result<Engine>& CaseRunner::EngineFor(const std::vector<std::string>& params) {
  auto it = engines_.find(params);
  if (it == engines_.end()) it = engines_.emplace(params, base_.WithParams(params)).first;
  return it->second;
}

CaseResult CaseRunner::Run(const Case& c) {
  if (c.params.empty()) return c.ClassificationOnly() ? RunClassification(base_, c) : RunQuestion(base_, c);
  const Result<Engine>& engine = EngineFor(c.params);
  if (!engine.ok()) return Refused(c, engine.diagnostics, "params");
  return c.ClassificationOnly() ? RunClassification(*engine.value, c) : RunQuestion(*engine.value, c);
}

CaseResult CaseRunner::RunQuestion(const Engine& engine, const Case& c) {
  const Result<Decision> fast = engine.Decide(c.question);
  const Result<Decision> explained = engine.Explain(c.question);
  if (!explained.ok()) return Refused(c, explained.diagnostics, "");
  if (!fast.ok()) return Refused(c, fast.diagnostics, "");
  coverage_.Record(explained->explanation);
  const Model& model = engine.state().model;
  CaseResult r;
  CheckAgreement(c, *fast.value, *explained.value, model, r);
  CheckExpectations(c, *explained.value, model, r);
  SetStatus(r);
  return r;
}

CaseResult CaseRunner::RunClassification(const Engine& engine, const Case& c) {
  const Result<Decision> d = engine.Classify(c.question.item, c.question.date);
  if (!d.ok()) return Refused(c, d.diagnostics, "");
  // A classification's tree also has requirements evaluated without a destination: only its
  // classification part says anything about the rules.
  if (const Explanation* classification = d->explanation.Section(ExplainSection::kClassification)) coverage_.Record(*classification);
  CaseResult r;
  CheckExpectations(c, *d.value, engine.state().model, r);
  SetStatus(r);
  return r;
}

}  // namespace chipgate::cases
