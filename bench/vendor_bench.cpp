// The vendor tools' figures: the screen matrix (every catalog product x every ISO country, one
// date), with and without compiling the rules first (the CLI compiles once per run), headroom of
// one item, and a diff of the whole catalog between two dates. Run: build/bench/chipgate_bench
// --benchmark_filter=Vendor
#include <benchmark/benchmark.h>

#include <memory>

#include "analysis/diff.hpp"
#include "eval/evaluate.hpp"
#include "analysis/headroom.hpp"
#include "compile/program.hpp"
#include "bundled.hpp"
#include "check/rules.hpp"
#include "analysis/screen.hpp"

namespace {

using namespace chipgate;

using Fixture = chipgate::bench::Bundled;
const Fixture& Get() { return chipgate::bench::GetBundled(); }

std::vector<std::size_t> AllRows(const Catalog& c) {
  std::vector<std::size_t> rows;
  for (std::size_t i = 0; i < c.size(); ++i) rows.push_back(i);
  return rows;
}

// The matrix alone: a fresh Scratch each time, so every product starts cold.
void BM_VendorScreenMatrix(benchmark::State& state) {
  const Fixture& f = Get();
  const Program program = Compile(f.model, f.params);
  const BoundCatalog bound = Bind(program, f.catalog);
  const std::vector<std::size_t> rows = AllRows(f.catalog);
  ScreenOptions options;
  options.date = *Date::Parse("2026-11-28");
  std::size_t cells = 0;
  for (auto _ : state) {
    Scratch scratch(program);
    const ScreenMatrix m = Screen(program, bound, rows, AllDestinationColumns(), options, scratch);
    cells = m.cells.size();
    benchmark::DoNotOptimize(m.cells.data());
  }
  state.counters["cells"] = static_cast<double>(cells);
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(cells));
}
BENCHMARK(BM_VendorScreenMatrix)->Unit(benchmark::kMillisecond);

// What `chipgate screen` does after loading: compile, bind, decide every cell.
void BM_VendorScreenWithCompile(benchmark::State& state) {
  const Fixture& f = Get();
  const std::vector<std::size_t> rows = AllRows(f.catalog);
  ScreenOptions options;
  options.date = *Date::Parse("2026-11-28");
  for (auto _ : state) {
    const Program program = Compile(f.model, f.params);
    const BoundCatalog bound = Bind(program, f.catalog);
    Scratch scratch(program);
    benchmark::DoNotOptimize(Screen(program, bound, rows, AllDestinationColumns(), options, scratch).cells.data());
  }
}
BENCHMARK(BM_VendorScreenWithCompile)->Unit(benchmark::kMillisecond);

void BM_VendorHeadroomH20ToChina(benchmark::State& state) {
  const Fixture& f = Get();
  HeadroomQuery q;
  q.item = *f.catalog.IndexOf("nvidia-h20");
  q.date = *Date::Parse("2026-11-28");
  q.destination = *CountryCode::Parse("CN");
  q.end_user_hq = q.destination;
  for (auto _ : state) benchmark::DoNotOptimize(Headroom(f.model, f.catalog, f.params, q).evaluations);
}
BENCHMARK(BM_VendorHeadroomH20ToChina)->Unit(benchmark::kMillisecond);

void BM_VendorDiffCambodia(benchmark::State& state) {
  const Fixture& f = Get();
  const RuleTree tree{&f.model, &f.params, &f.sources};
  for (auto _ : state) {
    benchmark::DoNotOptimize(DiffDates(tree, f.catalog, *Date::Parse("2026-02-03"), *Date::Parse("2026-02-04"), {}).items.size());
  }
}
BENCHMARK(BM_VendorDiffCambodia)->Unit(benchmark::kMillisecond);

}  // namespace
