// `chipgate diff --from DATE --to DATE [--items ID,...] [--end-user-hq ...] [--format text|json]` and
// `chipgate diff --rules-a PATH --rules-b PATH [--date D] ...`: every product whose classification or
// decision for any destination changes between two dates, or between two rule trees (a draft edit
// against the rules in force), with the rule differences that cause it.
// Exit status: 0 nothing changes, 1 something does (like diff(1)), 2 bad input.
#include <fmt/format.h>

#include "cli/core/session.hpp"

namespace chipgate::cli {
namespace {

// The request's fields that are spelt differently as flags (session.cpp knows the others).
constexpr FieldFlag kFlags[] = {{"item", "--items"}, {"from", "--from"}, {"to", "--to"}, {"rules", "--rules-b"}};

constexpr const char* kUsage =
    "usage: chipgate diff --from YYYY-MM-DD --to YYYY-MM-DD [--items ID,...] [--end-user-hq local|unknown|CC]\n"
    "                     [--exporter-hq CC] [--format text|json] [--rules PATH]... [--catalog PATH]... [--param NAME=VALUE]...\n"
    "       chipgate diff --rules-a PATH --rules-b PATH [--date YYYY-MM-DD] [same options]\n"
    "\n"
    "Compares every product (or --items) for every ISO destination, end user headquartered in the\n"
    "destination unless --end-user-hq says otherwise: classification, license, review policy, license\n"
    "exceptions, determinacy. Lists the differences in the rules (rules in force on one date only, group\n"
    "memberships; or rules and definitions that differ between the trees) and which change each causes.\n"
    "Output is sorted and stable. Exit status: 0 no change, 1 changes, 2 bad input.\n";

}  // namespace

int RunDiff(const std::vector<std::string>& argv, Io& io) {
  ArgSpec spec = SessionFlags();
  spec.valued.insert({"--from", "--to", "--rules-a", "--rules-b", "--date", "--items", "--end-user-hq", "--exporter-hq", "--format"});
  spec.switches.insert({"--help"});
  int exit_code = kExitOk;
  const auto args = ParseCommand("diff", argv, spec, kUsage, io, exit_code);
  if (!args) return exit_code;
  const std::string format = args->GetOr("--format", "text");
  const bool dates = args->Has("--from") || args->Has("--to");
  const bool trees = args->Has("--rules-a") || args->Has("--rules-b");
  std::string problem;
  if (dates == trees) problem = "give either --from and --to (two dates) or --rules-a and --rules-b (two rule trees)";
  if (dates && (!args->Has("--from") || !args->Has("--to"))) problem = "--from and --to go together";
  if (trees && (!args->Has("--rules-a") || !args->Has("--rules-b"))) problem = "--rules-a and --rules-b go together";
  if (trees && args->Has("--rules")) problem = "--rules does not combine with --rules-a/--rules-b";
  if (dates && args->Has("--date")) problem = "--date is for comparing two rule trees; dates are --from and --to";
  if (format != "text" && format != "json") problem = "--format must be text or json";
  if (!args->positional().empty()) problem = "unexpected argument `" + args->positional()[0] + "`";
  if (!problem.empty()) {
    fmt::print(io.err, "chipgate diff: {}\n{}", problem, kUsage);
    return kExitUsage;
  }
  DiffRequest request;
  request.items = args->GetAll("--items", true);
  request.end_user_hq = args->GetOr("--end-user-hq", "");
  request.exporter_hq = args->GetOr("--exporter-hq", "");
  const Format out_format = format == "json" ? Format::kJson : Format::kText;
  Result<RenderedAnswer> diff;
  if (dates) {
    const auto engine = LoadEngine(*args, io);
    if (!engine) return kExitUsage;
    request.from = *args->Get("--from");
    request.to = *args->Get("--to");
    diff = engine->Diff(request, out_format);
  } else {
    request.name = *args->Get("--rules-a");
    request.other_name = *args->Get("--rules-b");
    request.date = args->GetOr("--date", "");
    const auto a = LoadEngine(*args, io, std::vector<std::string>{request.name});
    const auto b = a ? LoadEngine(*args, io, std::vector<std::string>{request.other_name}) : std::nullopt;
    if (!a || !b) return kExitUsage;
    diff = a->DiffRules(*b, request, out_format);
  }
  if (!diff.ok()) {
    NameFlags(diff.diagnostics, kFlags);
    PrintQuestionErrors(diff.diagnostics, io);
    return kExitUsage;
  }
  fmt::print(io.out, "{}", diff->body);
  return diff->finding ? kExitFinding : kExitOk;
}

}  // namespace chipgate::cli
