// Fuzz body for the case-file reader and runner (see fuzz_cases.hpp).
#include "fuzz/fuzz_cases.hpp"

#include <cstdlib>
#include <string>

#include "cases/case_reader.hpp"
#include "cases/report.hpp"
#include "cases/suite.hpp"

namespace chipgate::fuzz {
namespace {

// Running is the slow part; a handful of cases reaches every path of the runner.
constexpr std::size_t kMaxCasesRun = 8;

// The bundled rules and catalog, loaded once: the trusted side of every input.
const Engine& Bundled() {
  static const Engine engine = [] {
    EngineOptions options;
    options.data_dir = CHIPGATE_SOURCE_DIR;
    Result<Engine> loaded = Engine::Load(options);
    if (!loaded.ok()) std::abort();
    return std::move(*loaded.value);
  }();
  return engine;
}

}  // namespace

void FuzzCaseFile(const std::uint8_t* data, std::size_t size) {
  Result<cases::CaseSet> read = cases::ReadCaseText("fuzz.toml", std::string(reinterpret_cast<const char*>(data), size));
  (void)RenderText(read.diagnostics);
  (void)cases::RenderJsonDiagnostics(read.diagnostics);
  if (!read.ok()) return;
  cases::CaseSet& set = *read.value;
  if (set.cases.size() > kMaxCasesRun) set.cases.resize(kMaxCasesRun);
  const cases::SuiteResult result = cases::RunSuite(Bundled(), set);
  (void)cases::RenderText(set, result, true);
  (void)cases::RenderJson(set, result, true);
}

}  // namespace chipgate::fuzz
