// Running cases: each case's question goes to the engine's fast path (Engine::Decide) and to
// the explaining evaluator (Engine::Explain); the two answers must agree on every expectation
// key, and the explaining answer must meet every expectation of the case. A case without `to`
// is a classification (Engine::Classify, the explaining evaluator alone: the public API has no
// fast-path classification). Every explanation feeds the rule coverage.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "cases/case.hpp"
#include "cases/coverage.hpp"
#include "chipgate/engine.hpp"

namespace chipgate::cases {

enum class FailureKind : std::uint8_t {
  kMismatch,      // the answer is not what the case expects
  kDisagreement,  // the fast path and the explaining evaluator answer differently
  kRefused,       // the engine refused the question (an unknown item, a bad param, ...)
};

struct Failure {
  FailureKind kind = FailureKind::kMismatch;
  std::uint32_t line = 0;                 // the expectation's line, or the key the engine refused
  ExpectKey key = ExpectKey::kCount;      // kMismatch, kDisagreement
  std::vector<std::string> expected;      // kMismatch: as the case writes it
  std::vector<std::string> got;           // the explaining evaluator's answer
  std::vector<std::string> fast;          // kDisagreement: the fast path's answer
  Diagnostic refusal;                     // kRefused
};

enum class CaseStatus : std::uint8_t { kPassed, kFailed, kError };
const char* CaseStatusKey(CaseStatus s);  // "passed", "failed", "error"

struct CaseResult {
  CaseStatus status = CaseStatus::kPassed;
  std::vector<Failure> failures;  // empty when passed
};

// Runs cases against one rule tree and catalog, keeping the coverage of everything it ran.
// A case with params runs on Engine::WithParams of the base engine (made once per distinct
// params list). Not thread-safe: one runner per thread.
class CaseRunner {
 public:
  explicit CaseRunner(Engine base);

  CaseResult Run(const Case& c);
  const Coverage& coverage() const { return coverage_; }

 private:
  const Result<Engine>& EngineFor(const std::vector<std::string>& params);
  CaseResult RunQuestion(const Engine& engine, const Case& c);
  CaseResult RunClassification(const Engine& engine, const Case& c);

  Engine base_;
  std::map<std::vector<std::string>, Result<Engine>> engines_;
  Coverage coverage_;
};

}  // namespace chipgate::cases
