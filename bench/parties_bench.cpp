// Party screening at the size of the real Consolidated Screening List: a generated 30,000-entry
// list (party_list_gen.hpp), the time to build the index, and warm searches (index built once,
// 1,000 different queries cycled, half of them listed names with variations).
#include <benchmark/benchmark.h>

#include "chipgate/parties.hpp"
#include "party_list_gen.hpp"

namespace {

using chipgate::bench::GenerateQueries;
using chipgate::bench::GeneratePartyList;
namespace parties = chipgate::parties;

constexpr std::size_t kEntries = 30'000;

const parties::PartyList& List() {
  static const parties::PartyList kList = GeneratePartyList(kEntries, 2026);
  return kList;
}

void BM_PartiesBuildIndex30k(benchmark::State& state) {
  for (auto _ : state) {
    parties::PartyIndex index(List());
    benchmark::DoNotOptimize(index);
  }
  state.counters["entries"] = static_cast<double>(kEntries);
}
BENCHMARK(BM_PartiesBuildIndex30k)->Unit(benchmark::kMillisecond);

void BM_PartiesSearch30k(benchmark::State& state) {
  static const parties::PartyIndex index(List());
  static const std::vector<std::string> queries = GenerateQueries(List(), 1000, 7);
  const chipgate::Date date = *chipgate::Date::Parse("2026-07-31");
  std::size_t i = 0, hits = 0;
  for (auto _ : state) {
    const auto found = index.Search({queries[i++ % queries.size()], std::nullopt, date});
    hits += found.hits.size();
    benchmark::DoNotOptimize(found);
  }
  state.SetItemsProcessed(state.iterations());
  state.counters["hits_per_query"] = static_cast<double>(hits) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_PartiesSearch30k)->Unit(benchmark::kMicrosecond);

void BM_PartiesSearchChinese30k(benchmark::State& state) {
  static const parties::PartyIndex index(List());
  const chipgate::Date date = *chipgate::Date::Parse("2026-07-31");
  index.Search({"北京智谱华章科技有限公司", std::nullopt, date});  // the transliterator is made once
  for (auto _ : state) benchmark::DoNotOptimize(index.Search({"北京智谱华章科技有限公司", std::nullopt, date}));
}
BENCHMARK(BM_PartiesSearchChinese30k)->Unit(benchmark::kMicrosecond);

}  // namespace
