// `chipgate test PATH... [--format text|json] [--coverage] [--min-coverage PERCENT]`: runs the
// users' own rule test cases (docs/rule-tests.md) against a rule tree and catalog, prints every
// failure at its case file's line and the rule coverage, and exits 0 when every case passed,
// 1 when some failed (or coverage is below --min-coverage), 2 when the input is bad (a case
// file that cannot be read, or a case the engine refuses: an unknown item, a bad param).
#include <fmt/format.h>

#include <cstdlib>

#include "cases/case_reader.hpp"
#include "cases/report.hpp"
#include "cases/suite.hpp"
#include "cli/core/session.hpp"

namespace chipgate::cli {
namespace {

constexpr const char* kUsage =
    "usage: chipgate test PATH... [--format text|json] [--coverage] [--min-coverage PERCENT]\n"
    "                     [--rules PATH]... [--catalog PATH]... [--param NAME=VALUE]... [--parties PATH]...\n"
    "Runs the rule test cases in PATH (case files, or folders of *.toml case files; see\n"
    "docs/rule-tests.md) through both evaluators and checks every expectation. Prints each\n"
    "failure as FILE:LINE: case NAME: ..., a summary, and the rule coverage (--coverage lists\n"
    "every rule that no case made hold, with its FILE:LINE).\n"
    "Exit status: 0 every case passed, 1 some case failed or the coverage is below\n"
    "--min-coverage, 2 bad input (unreadable or malformed case files, a case the engine refuses).\n";

struct TestOptions {
  bool json = false;
  bool list_coverage = false;
  unsigned min_coverage = 0;  // percent
};

// --min-coverage: a whole number from 0 to 100, nothing else.
std::optional<unsigned> Percent(const std::string& text) {
  if (text.empty() || text.size() > 3 || text.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  const auto value = static_cast<unsigned>(std::stoul(text));
  if (value > 100) return std::nullopt;
  return value;
}

std::optional<TestOptions> ReadOptions(const Args& args, Io& io) {
  TestOptions o;
  const std::string format = args.GetOr("--format", "text");
  std::string problem;
  if (args.positional().empty()) problem = "name at least one case file or folder";
  if (format != "text" && format != "json") problem = "--format must be text or json";
  const auto percent = Percent(args.GetOr("--min-coverage", "0"));
  if (!percent) problem = "--min-coverage must be a whole number from 0 to 100";
  if (!problem.empty()) {
    fmt::print(io.err, "chipgate test: {}\n{}", problem, kUsage);
    return std::nullopt;
  }
  o.json = format == "json";
  o.list_coverage = args.Has("--coverage") || o.json;
  o.min_coverage = *percent;
  return o;
}

int ExitCode(const cases::SuiteResult& result, const TestOptions& o) {
  if (result.errors > 0) return kExitUsage;
  if (result.failed > 0 || !result.coverage.Summary().AtLeast(o.min_coverage)) return kExitFinding;
  return kExitOk;
}

}  // namespace

int RunTest(const std::vector<std::string>& argv, Io& io) {
  ArgSpec spec = SessionFlags();
  spec.valued.insert({"--format", "--min-coverage", "--parties"});
  spec.switches.insert({"--coverage", "--help"});
  int exit_code = kExitOk;
  const auto args = ParseCommand("test", argv, spec, kUsage, io, exit_code);
  if (!args) return exit_code;
  const auto options = ReadOptions(*args, io);
  if (!options) return kExitUsage;
  const Result<cases::CaseSet> read = cases::ReadCaseFiles(args->positional());
  if (!read.ok()) {
    if (options->json) fmt::print(io.out, "{}", cases::RenderJsonDiagnostics(read.diagnostics));
    fmt::print(io.err, "{}", RenderText(read.diagnostics));
    return kExitUsage;
  }
  const auto engine = LoadEngine(*args, io);
  if (!engine) return kExitUsage;
  const cases::SuiteResult result = cases::RunSuite(*engine, *read.value);
  const cases::CaseSet& set = *read.value;
  fmt::print(io.out, "{}", options->json ? cases::RenderJson(set, result, true) : cases::RenderText(set, result, options->list_coverage));
  if (!result.coverage.Summary().AtLeast(options->min_coverage)) {
    fmt::print(io.err, "chipgate test: rule coverage {}% is below --min-coverage {}%\n", result.coverage.Summary().PercentText(),
               options->min_coverage);
  }
  return ExitCode(result, *options);
}

}  // namespace chipgate::cli
