// `chipgate rules [--date D] [--rules PATH]...`: the index of encoded rules as Markdown (what
// docs/rules.md is generated from), with each rule's citation, dates and status on the date.
#include <fmt/format.h>

#include "args.hpp"
#include "report/rules_index.hpp"
#include "command.hpp"
#include "rules_loading.hpp"

namespace chipgate::cli {

int RunRules(const std::vector<std::string>& argv, Io& io) {
  std::string error;
  const auto args = Args::Parse(argv, ArgSpec{{"--date", "--rules"}, {"--help"}}, error);
  if (!args || args->Has("--help") || !args->positional().empty()) {
    if (!error.empty()) fmt::print(io.err, "chipgate rules: {}\n", error);
    fmt::print(args && args->Has("--help") ? io.out : io.err,
               "usage: chipgate rules [--date YYYY-MM-DD] [--rules PATH]...\n"
               "Prints every encoded rule with its citation, dates and status on the date (default today).\n");
    return args && args->Has("--help") ? kExitOk : kExitUsage;
  }
  const auto date = args->Get("--date") ? Date::Parse(*args->Get("--date")) : Date::TodayUtc();
  if (!date) {
    fmt::print(io.err, "chipgate rules: `--date {}` is not a date; expected YYYY-MM-DD\n", *args->Get("--date"));
    return kExitUsage;
  }
  SourceSet sources;
  const auto model = LoadRulesForCli(args->GetAll("--rules"), sources, io);
  if (!model) return kExitFinding;
  fmt::print(io.out, "{}", RulesIndexMarkdown(*model, *date));
  return kExitOk;
}

}  // namespace chipgate::cli
