// Catalog loading end to end: list a folder, read and parse every TOML file, validate it, merge
// and cross-check. Loads the bundled catalog/ when it has files, else the test fixtures;
// CHIPGATE_BENCH_CATALOG=PATH measures another folder (e.g. a larger generated one).
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>

#include "catalog/catalog.hpp"

namespace {

bool HasTomlFiles(const std::string& folder) {
  std::error_code ec;
  for (std::filesystem::recursive_directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().extension() == ".toml") return true;
  }
  return false;
}

std::string BenchCatalogDir() {
  if (const char* dir = std::getenv("CHIPGATE_BENCH_CATALOG"); dir != nullptr && *dir != '\0') return dir;
  const std::string bundled = CHIPGATE_SOURCE_DIR "/catalog";
  if (HasTomlFiles(bundled)) return bundled;
  return CHIPGATE_SOURCE_DIR "/tests/data/catalog/home/catalog";
}

void BM_LoadCatalog(benchmark::State& state) {
  const std::vector<std::string> layers = {BenchCatalogDir()};
  std::size_t items = 0;
  std::size_t files = 0;
  for (auto _ : state) {
    chipgate::SourceSet sources;
    chipgate::Result<chipgate::Catalog> loaded = chipgate::LoadCatalog(layers, sources);
    if (!loaded.ok()) {
      state.SkipWithError("the catalog has errors; run `chipgate catalog list` to see them");
      break;
    }
    items = loaded->size();
    files = sources.size();
    benchmark::DoNotOptimize(loaded);
  }
  state.counters["items"] = static_cast<double>(items);
  state.counters["files"] = static_cast<double>(files);
  state.SetLabel(layers.front());
}
BENCHMARK(BM_LoadCatalog)->Unit(benchmark::kMillisecond);

}  // namespace
