// Micro-benchmarks of the exact arithmetic every threshold test runs on.
#include <benchmark/benchmark.h>

#include "chipgate/rational.hpp"

namespace {

void BM_RationalCompare(benchmark::State& state) {
  const auto a = *chipgate::Rational::Div(chipgate::Rational(4800), *chipgate::Rational::FromDecimal("810.81"));
  const auto b = *chipgate::Rational::FromDecimal("5.92");
  for (auto _ : state) {
    benchmark::DoNotOptimize(a >= b);
  }
}
BENCHMARK(BM_RationalCompare);

}  // namespace

BENCHMARK_MAIN();
