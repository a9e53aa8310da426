// What an Engine holds (engine.hpp): the loaded rules and catalog with their sources, the
// params, the provenance, and, built on first use, the compiled program with its bound catalog,
// a pool of evaluation scratch space, and per-item caches for the fast path's decisions.
// Immutable after Load except for those caches, which are guarded.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "catalog/catalog.hpp"
#include "check/model.hpp"
#include "chipgate/engine.hpp"
#include "compile/program.hpp"
#include "eval/evaluate.hpp"
#include "eval/params.hpp"
#include "engine/screening.hpp"
#include "explain/explain.hpp"

namespace chipgate {
namespace licenses {
class Register;
}

struct Engine::State {
  SourceSet sources;  // every file read; the model's and catalog's spans point into it
  Model model;
  Catalog catalog;
  ParamValues params;
  std::string catalog_hash;
  std::string bundled_catalog_dir;
  std::vector<std::string> param_assignments;  // as given
  Provenance provenance;
  // Whether the rules and catalog came from a snapshot (snapshot/) rather than from parsing: the
  // same state either way; tests and CHIPGATE_TRACE_LOAD look at it.
  bool loaded_from_snapshot = false;
  // The restricted-party lists, read on first use; shared by the engines WithParams makes.
  std::shared_ptr<const PartyScreen> parties;
  // The license registers of EngineOptions::licenses; null when none were given.
  std::shared_ptr<const licenses::Register> licenses;

  // The compiled program and its bound catalog (compiled on first use).
  struct Compiled {
    Program program;
    BoundCatalog bound;
  };
  const Compiled& compiled() const;

  // Scratch space for one fast evaluation, from a pool (returned by the lease's destructor).
  class ScratchLease {
   public:
    ScratchLease(const State& s, std::unique_ptr<Scratch> scratch) : s_(s), scratch_(std::move(scratch)) {}
    ~ScratchLease();
    ScratchLease(const ScratchLease&) = delete;
    ScratchLease& operator=(const ScratchLease&) = delete;
    Scratch& operator*() { return *scratch_; }

   private:
    const State& s_;
    std::unique_ptr<Scratch> scratch_;
  };
  ScratchLease LeaseScratch() const;

  // The classification reasons of an item in an epoch, and its metrics (neither depends on the
  // destination), computed once by the explaining evaluator.
  std::vector<Reason> ClassificationReasons(std::uint32_t item, std::size_t epoch, Date date) const;
  MetricValues Metrics(std::uint32_t item) const;
  // The provenance without party lists as JSON, rendered on first use (render/decision_json.hpp).
  const std::string& ProvenanceJson() const;

 private:
  mutable std::once_flag compile_once_;
  mutable std::once_flag provenance_json_once_;
  mutable std::string provenance_json_;
  mutable std::unique_ptr<Compiled> compiled_;
  mutable std::mutex mutex_;  // guards the pool and the caches below
  mutable std::vector<std::unique_ptr<Scratch>> pool_;
  mutable std::map<std::pair<std::uint32_t, std::size_t>, std::vector<Reason>> classification_cache_;
  mutable std::map<std::uint32_t, MetricValues> metrics_cache_;
};

using EngineState = Engine::State;

// Question checking (question.cpp): the Query the evaluators answer, or diagnostics naming the
// field at fault (Q0101 unknown item, Q0102 bad country code, Q0103 bad date, Q0104 a date
// before the rules' coverage).
Result<Query> ResolveQuestion(const Engine::State& s, const Question& q);
Result<NamedParties> ResolveParties(const Question& q, CountryCode destination);
Result<std::size_t> ResolveItem(const Engine::State& s, const std::string& id);
Result<Date> ResolveDate(const Engine::State& s, const std::string& text);
Result<CountryCode> ResolveCountry(const std::string& text, const char* field);

// A question's claim (claim_request.cpp): CheckClaimFields before deciding (Q0107: a quantity
// that is not above 0, or one without a claim), JudgeClaim after, into Decision::claim.
Result<bool> CheckClaimFields(const Question& q);
void JudgeClaim(const Engine::State& s, const Question& q, Decision& d);

// The fast path's decision as a full Decision (no explanation tree): fast_decision.cpp.
Decision FastDecisionOf(const Engine::State& s, const Query& q);

// License registers checked against this engine's catalog and ECCNs (license_register.cpp);
// diagnostics carry `field`.
Result<licenses::Register> LoadLicenseRegister(const Engine::State& s, const std::vector<std::string>& paths, const char* field);

// Loading (state.cpp).
Result<std::shared_ptr<Engine::State>> LoadState(const EngineOptions& options);
// Every param and its value as text, as the provenance records them.
std::vector<std::pair<std::string, std::string>> ParamTexts(const Model& model, const ParamValues& values);

}  // namespace chipgate
