// Decisions per second: one item x one destination through the compiled fast path, and through
// the explaining evaluator (the slower path `check` uses). Run: build/bench/chipgate_bench
#include <benchmark/benchmark.h>

#include <stdlib.h>

#include <filesystem>
#include <memory>
#include <string>

#include "eval/evaluate.hpp"
#include "explain/explain.hpp"
#include "compile/program.hpp"
#include "bundled.hpp"
#include "check/rules.hpp"
#include "chipgate/engine.hpp"

namespace {

using namespace chipgate;

using Fixture = chipgate::bench::Bundled;
const Fixture& Get() { return chipgate::bench::GetBundled(); }

FastQuery Query(const Fixture& f, const char* item, const char* to, const char* hq) {
  FastQuery q;
  q.item = static_cast<std::uint32_t>(*f.catalog.IndexOf(item));
  q.destination = CountryCode::Parse(to)->index();
  q.end_user_hq = hq != nullptr ? CountryCode::Parse(hq)->index() : -1;
  q.date = *Date::Parse("2026-11-28");
  return q;
}

void BM_DecideFast(benchmark::State& state, const char* item, const char* to, const char* hq) {
  const Fixture& f = Get();
  Scratch scratch(f.program);
  const FastQuery q = Query(f, item, to, hq);
  for (auto _ : state) benchmark::DoNotOptimize(Decide(f.program, f.bound, q, scratch));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK_CAPTURE(BM_DecideFast, h100_to_cn, "nvidia-h100-sxm5-80gb", "CN", "CN");
BENCHMARK_CAPTURE(BM_DecideFast, h20_to_my, "nvidia-h20", "MY", "MY");
BENCHMARK_CAPTURE(BM_DecideFast, dgx_h100_to_ae, "nvidia-dgx-h100", "AE", nullptr);

// The same question with the decision segment run whole (no per-item residual): what the
// residual saves (eval/residual.hpp).
void BM_DecideFastWholeSegment(benchmark::State& state) {
  const Fixture& f = Get();
  Scratch scratch(f.program);
  scratch.fold_decision_segment = false;
  const FastQuery q = Query(f, "nvidia-h100-sxm5-80gb", "CN", "CN");
  for (auto _ : state) benchmark::DoNotOptimize(Decide(f.program, f.bound, q, scratch));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_DecideFastWholeSegment);

// Every call evaluates the whole program (metrics, classifications, then the destination part):
// the cost of a first question about an item.
void BM_DecideFastCold(benchmark::State& state) {
  const Fixture& f = Get();
  Scratch scratch(f.program);
  const FastQuery q = Query(f, "nvidia-h100-sxm5-80gb", "CN", "CN");
  for (auto _ : state) {
    scratch.Reset();
    benchmark::DoNotOptimize(Decide(f.program, f.bound, q, scratch));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_DecideFastCold);

// The vendor matrix: every catalog item x every ISO country, one date (end user local).
void BM_DecideMatrix(benchmark::State& state) {
  const Fixture& f = Get();
  Scratch scratch(f.program);
  FastQuery q;
  q.date = *Date::Parse("2026-11-28");
  for (auto _ : state) {
    for (std::uint32_t i = 0; i < f.catalog.size(); ++i) {
      q.item = i;
      for (std::size_t c = 0; c < AssignedCountryCount(); ++c) {
        q.destination = AssignedCountry(c).index();
        q.end_user_hq = q.destination;
        benchmark::DoNotOptimize(Decide(f.program, f.bound, q, scratch));
      }
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(f.catalog.size() * AssignedCountryCount()));
}
BENCHMARK(BM_DecideMatrix)->Unit(benchmark::kMillisecond);

void BM_DecideExplained(benchmark::State& state) {
  const Fixture& f = Get();
  chipgate::Query q;
  q.item = *f.catalog.IndexOf("nvidia-h100-sxm5-80gb");
  q.destination = *CountryCode::Parse("CN");
  q.end_user_hq = *CountryCode::Parse("CN");
  q.date = *Date::Parse("2026-11-28");
  for (auto _ : state) benchmark::DoNotOptimize(Explain(f.model, f.catalog, f.params, q));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_DecideExplained);

void BM_CompileRules(benchmark::State& state) {
  const Fixture& f = Get();
  for (auto _ : state) benchmark::DoNotOptimize(Compile(f.model, f.params));
}
BENCHMARK(BM_CompileRules);

void BM_LoadRules(benchmark::State& state) {
  for (auto _ : state) {
    SourceSet sources;
    benchmark::DoNotOptimize(LoadRules({CHIPGATE_SOURCE_DIR "/rules"}, sources));
  }
}
BENCHMARK(BM_LoadRules);

// The whole load an Engine does (bundled catalog and rules, params), parsing every file, and the
// same load from a snapshot (the CLI's default): every file is still read and hashed.
EngineOptions BundledOptions(std::string snapshot_dir) {
  EngineOptions o;
  o.data_dir = CHIPGATE_SOURCE_DIR;
  o.snapshot_dir = std::move(snapshot_dir);
  return o;
}

void BM_LoadEngine(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(Engine::Load(BundledOptions("")));
}
BENCHMARK(BM_LoadEngine)->Unit(benchmark::kMillisecond);

void BM_LoadFromSnapshot(benchmark::State& state) {
  char folder[] = "/tmp/chipgate-bench-XXXXXX";
  if (::mkdtemp(folder) == nullptr) {
    state.SkipWithError("mkdtemp failed");
    return;
  }
  const EngineOptions options = BundledOptions(std::string(folder) + "/cache");
  Engine::Load(options);  // writes the snapshot
  for (auto _ : state) benchmark::DoNotOptimize(Engine::Load(options));
  std::filesystem::remove_all(folder);
}
BENCHMARK(BM_LoadFromSnapshot)->Unit(benchmark::kMillisecond);

}  // namespace
