// `chipgate parties search NAME [--country CC] [--date YYYY-MM-DD] [--parties PATH]...
// [--list-date YYYY-MM-DD] [--format text|json]`: the listed parties whose names match, ranked,
// each with its list, requirement, policy and an explanation of its score.
#include <fmt/format.h>

#include "cli/core/session.hpp"

namespace chipgate::cli {
namespace {

constexpr FieldFlag kFlags[] = {{"country", "--country"}, {"party_list_date", "--list-date"}};

constexpr const char* kUsage =
    "usage: chipgate parties search NAME [--country CC] [--date YYYY-MM-DD] [--format text|json]\n"
    "                               [--parties PATH]... [--list-date YYYY-MM-DD]\n"
    "Screens NAME against the party lists (the bundled sample unless --parties names the CSL CSV or\n"
    "JSON from trade.gov, or OFAC's sdn.csv). Entries not yet listed on --date (default today) are\n"
    "not hits. Exit status: 0 no candidate, 1 a match or review candidate, 2 bad input.\n";

}  // namespace

int RunParties(const std::vector<std::string>& argv, Io& io) {
  const ArgSpec spec{{"--country", "--date", "--format", "--parties", "--list-date"}, {"--help"}};
  int exit_code = kExitOk;
  const auto args = ParseCommand("parties", argv, spec, kUsage, io, exit_code);
  if (!args) return exit_code;
  const std::string format = args->GetOr("--format", "text");
  const auto& pos = args->positional();
  if (pos.size() != 2 || pos[0] != "search" || (format != "text" && format != "json")) {
    fmt::print(io.err, "chipgate parties: {}\n{}",
               format != "text" && format != "json" ? "--format must be text or json" : "expected `search NAME`", kUsage);
    return kExitUsage;
  }
  EngineOptions options;
  options.data_dir = DataDir();
  options.parties = args->GetAll("--parties");
  options.party_list_date = args->GetOr("--list-date", "");
  Result<Engine> engine = LoadForCli(std::move(options), io);
  if (!engine.ok()) {
    NameFlags(engine.diagnostics, kFlags);
    PrintQuestionErrors(engine.diagnostics, io);
    return kExitUsage;
  }
  Result<RenderedAnswer> answer = engine->SearchParties({pos[1], args->GetOr("--country", ""), args->GetOr("--date", "")},
                                                       format == "json" ? Format::kJson : Format::kText);
  if (!answer.ok()) {
    NameFlags(answer.diagnostics, kFlags);
    // A list that could not be read carries its file and line; a bad flag names the flag.
    const bool located = !answer.diagnostics.empty() && answer.diagnostics.front().field.empty();
    if (located) fmt::print(io.err, "{}", RenderText(answer.diagnostics));
    if (!located) PrintQuestionErrors(answer.diagnostics, io);
    return kExitUsage;
  }
  fmt::print(io.out, "{}", answer->body);
  return answer->finding ? kExitFinding : kExitOk;
}

}  // namespace chipgate::cli
