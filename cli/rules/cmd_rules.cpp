// `chipgate rules [--date D] [--format markdown|json] [--rules PATH]...`: the index of encoded
// rules as Markdown (what docs/rules.md is generated from) or JSON (what `GET /v1/rules`
// returns), with each rule's citation, dates and status on the date.
#include <fmt/format.h>

#include "cli/core/session.hpp"

namespace chipgate::cli {
namespace {

constexpr const char* kUsage =
    "usage: chipgate rules [--date YYYY-MM-DD] [--format markdown|json] [--rules PATH]...\n"
    "Prints every encoded rule with its citation, dates and status on the date (default today).\n";

}  // namespace

int RunRules(const std::vector<std::string>& argv, Io& io) {
  int exit_code = kExitOk;
  const auto args = ParseCommand("rules", argv, ArgSpec{{"--date", "--rules", "--format"}, {}}, kUsage, io, exit_code);
  if (!args) return exit_code;
  const std::string format = args->GetOr("--format", "markdown");
  if (!args->positional().empty() || (format != "markdown" && format != "json")) {
    fmt::print(io.err, "chipgate rules: {}\n{}", args->positional().empty() ? "--format must be markdown or json" : "unexpected argument `" + args->positional()[0] + "`", kUsage);
    return kExitUsage;
  }
  const auto engine = LoadEngine(*args, io);
  if (!engine) return kExitFinding;
  const Result<std::string> index = engine->RenderRules(args->GetOr("--date", ""), format == "json" ? Format::kJson : Format::kText);
  if (!index.ok()) {
    PrintQuestionErrors(index.diagnostics, io);
    return kExitUsage;
  }
  fmt::print(io.out, "{}", *index);
  return kExitOk;
}

}  // namespace chipgate::cli
