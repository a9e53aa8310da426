// Throughput of the streaming CSV reader on a synthetic 1,000,000-row shipment log read from a
// file (page cache warm after the first iteration), the shape a batch audit reads.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "audit/csv.hpp"

namespace {

constexpr int kRows = 1'000'000;

// Every fifth row has a quoted name with a comma and an escaped quote, as real logs do.
std::string SyntheticRow(int i) {
  std::string row = std::to_string(i) + ",2024-";
  row += std::to_string(10 + i % 3) + "-" + std::to_string(10 + i % 19) + ",";
  row += (i % 2 ? "DE," : "SG,");
  row += i % 5 == 0 ? "\"Acme \"\"North\"\", Ltd\"," : "Example Research Institute,";
  row += (i % 3 ? "H100 SXM5 80GB," : "MI300X OAM,");
  row += std::to_string(i % 64 + 1) + "," + std::to_string(25000 + i % 9000) + ".50\r\n";
  return row;
}

// Written once per process into the temp directory and removed at exit.
class SyntheticLog {
 public:
  SyntheticLog()
      : path_(std::filesystem::temp_directory_path() /
              ("chipgate_csv_bench_" + std::to_string(::getpid()) + ".csv")) {
    std::ofstream out(path_, std::ios::binary);
    out << "id,ship_date,destination,end_user,product,quantity,unit_value_usd\r\n";
    for (int i = 0; i < kRows; ++i) out << SyntheticRow(i);
  }
  ~SyntheticLog() { std::filesystem::remove(path_); }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

void BM_CsvReadMillionRows(benchmark::State& state) {
  static const SyntheticLog log;
  const auto bytes = static_cast<std::int64_t>(std::filesystem::file_size(log.path()));
  std::int64_t rows = 0;
  for (auto _ : state) {
    std::ifstream in(log.path(), std::ios::binary);
    chipgate::CsvReader reader(in);
    std::size_t fields = 0;
    while (reader.Next() == chipgate::CsvStep::kRecord) fields += reader.record().size();
    if (fields != 7 * (kRows + 1)) state.SkipWithError("wrong field count");
    benchmark::DoNotOptimize(fields);
    rows += kRows;
  }
  state.SetBytesProcessed(bytes * state.iterations());
  state.SetItemsProcessed(rows);
  state.counters["file_MB"] = static_cast<double>(bytes) / 1e6;
}
BENCHMARK(BM_CsvReadMillionRows)->Unit(benchmark::kMillisecond);

}  // namespace
