// The engine's share of one server answer to POST /v1/check: decide a question through the
// facade and render check's JSON. The HTTP and request parsing around it are measured with wrk
// (docs/server.md, Speed). Run: build/bench/chipgate_bench --benchmark_filter=Answer
#include <benchmark/benchmark.h>

#include <utility>

#include "chipgate/engine.hpp"

namespace {

using namespace chipgate;

const Engine& BundledEngine() {
  static const Engine engine = [] {
    EngineOptions o;
    o.data_dir = CHIPGATE_SOURCE_DIR;
    return std::move(*Engine::Load(o).value);
  }();
  return engine;
}

Question H100ToChina() {
  Question q;
  q.item = "nvidia-h100-sxm5-80gb";
  q.destination = "CN";
  q.end_user_hq = "CN";
  q.date = "2025-02-01";
  q.end_use = {"none"};
  return q;
}

// The H100 to Malaysia without the end user's headquarters, which a rule needs there: undecided,
// so the answer names what is missing (as do about a fifth of the answers in
// scripts/wrk-mixed.lua).
Question H100ToMalaysiaUnstatedHq() {
  Question q = H100ToChina();
  q.destination = "MY";
  q.end_user_hq.clear();
  return q;
}

// One question answered over and over by Decide (the fast path) or Explain.
void Answer(benchmark::State& state, Result<Decision> (Engine::*answer)(const Question&) const, const Question& q) {
  const Engine& engine = BundledEngine();
  for (auto _ : state) benchmark::DoNotOptimize((engine.*answer)(q));
}

void BM_AnswerDecide(benchmark::State& state) { Answer(state, &Engine::Decide, H100ToChina()); }
BENCHMARK(BM_AnswerDecide);
void BM_AnswerDecideUndecided(benchmark::State& state) { Answer(state, &Engine::Decide, H100ToMalaysiaUnstatedHq()); }
BENCHMARK(BM_AnswerDecideUndecided);
// Explain, tree and all, is what Decide spent on an undecided question until the fast path
// named the missing inputs itself.
void BM_AnswerExplainUndecided(benchmark::State& state) { Answer(state, &Engine::Explain, H100ToMalaysiaUnstatedHq()); }
BENCHMARK(BM_AnswerExplainUndecided);

void BM_AnswerRenderJson(benchmark::State& state) {
  const Engine& engine = BundledEngine();
  const Decision d = *engine.Decide(H100ToChina()).value;
  for (auto _ : state) benchmark::DoNotOptimize(engine.RenderDecision(d, Format::kJson));
}
BENCHMARK(BM_AnswerRenderJson);

}  // namespace
