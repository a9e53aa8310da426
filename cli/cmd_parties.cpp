// `chipgate parties search NAME [--country CC] [--date YYYY-MM-DD] [--parties PATH]...
// [--list-date YYYY-MM-DD] [--format text|json]`: the listed parties whose names match, ranked,
// each with its list, requirement, policy and an explanation of its score.
#include <fmt/format.h>

#include "party_lists.hpp"
#include "parties_render.hpp"
#include "session.hpp"

namespace chipgate::cli {
namespace {

constexpr const char* kUsage =
    "usage: chipgate parties search NAME [--country CC] [--date YYYY-MM-DD] [--format text|json]\n"
    "                               [--parties PATH]... [--list-date YYYY-MM-DD]\n"
    "Screens NAME against the party lists (the bundled sample unless --parties names the CSL CSV or\n"
    "JSON from trade.gov, or OFAC's sdn.csv). Entries not yet listed on --date (default today) are\n"
    "not hits. Exit status: 0 no candidate, 1 a match or review candidate, 2 bad input.\n";

std::optional<Date> OptionalDate(const Args& args, const char* flag, Io& io) {
  const auto text = args.Get(flag);
  if (!text) return std::nullopt;
  const std::optional<Date> d = Date::Parse(*text);
  if (!d) fmt::print(io.err, "chipgate parties: `{} {}` is not a date; expected YYYY-MM-DD\n", flag, *text);
  return d;
}

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
  parties::Query query{pos[1], std::nullopt, Date::TodayUtc()};
  if (const auto c = args->Get("--country")) {
    if (!(query.country = CountryArg("--country", *c, io))) return kExitUsage;
  }
  if (args->Has("--date") && !OptionalDate(*args, "--date", io)) return kExitUsage;
  if (const auto d = OptionalDate(*args, "--date", io)) query.date = *d;
  const std::optional<Date> list_date = OptionalDate(*args, "--list-date", io);
  if (args->Has("--list-date") && !list_date) return kExitUsage;
  SourceSet sources;
  const auto list = LoadPartiesForCli(args->GetAll("--parties"), list_date, sources, io);
  if (!list) return kExitUsage;
  const parties::PartyIndex index(*list);
  const std::vector<parties::Hit> hits = index.Search(query);
  fmt::print(io.out, "{}", format == "json" ? PartyHitsJson(query, hits, index) : PartyHitsText(query, hits, index));
  return hits.empty() ? kExitOk : kExitFinding;
}

}  // namespace chipgate::cli
