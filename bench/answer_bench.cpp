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

void BM_AnswerDecide(benchmark::State& state) {
  const Engine& engine = BundledEngine();
  const Question q = H100ToChina();
  for (auto _ : state) benchmark::DoNotOptimize(engine.Decide(q));
}
BENCHMARK(BM_AnswerDecide);

void BM_AnswerRenderJson(benchmark::State& state) {
  const Engine& engine = BundledEngine();
  const Decision d = *engine.Decide(H100ToChina()).value;
  for (auto _ : state) benchmark::DoNotOptimize(engine.RenderDecision(d, Format::kJson));
}
BENCHMARK(BM_AnswerRenderJson);

}  // namespace
