// `chipgate headroom ITEM [--to CC] [--end-user-hq local|unknown|CC] [--date D] [--format text|json]`:
// the margin to every threshold the item is tested against, and the nearest single change of
// each spec that flips its classification (and, with --to, the decision for that destination).
#include <fmt/format.h>

#include "cli/core/session.hpp"

namespace chipgate::cli {
namespace {

// The item is the command's argument, not a flag.
constexpr FieldFlag kFlags[] = {{"item", "ITEM"}};

constexpr const char* kUsage =
    "usage: chipgate headroom ITEM [--to CC] [--end-user-hq local|unknown|CC] [--exporter-hq CC] [--date YYYY-MM-DD]\n"
    "                         [--format text|json] [--rules PATH]... [--catalog PATH]... [--param NAME=VALUE]...\n"
    "\n"
    "For each threshold ITEM is tested against (read from the rules in force on the date), the margin;\n"
    "then for each spec (tpp, die area, bandwidths, datacenter) the smallest single change, in each\n"
    "direction, that changes the classification, and with --to the license decision for CC. Every\n"
    "change shown was re-evaluated, and the value one step back was checked not to change the outcome.\n"
    "With --to the end user is assumed headquartered in CC unless --end-user-hq says otherwise.\n";

}  // namespace

int RunHeadroom(const std::vector<std::string>& argv, Io& io) {
  ArgSpec spec = SessionFlags();
  spec.valued.insert({"--to", "--end-user-hq", "--exporter-hq", "--date", "--format"});
  spec.switches.insert({"--help"});
  int exit_code = kExitOk;
  const auto args = ParseCommand("headroom", argv, spec, kUsage, io, exit_code);
  if (!args) return exit_code;
  const std::string format = args->GetOr("--format", "text");
  if (args->positional().size() != 1 || (format != "text" && format != "json")) {
    fmt::print(io.err, "chipgate headroom: {}\n{}", args->positional().size() != 1 ? "name exactly one item" : "--format must be text or json", kUsage);
    return kExitUsage;
  }
  const auto engine = LoadEngine(*args, io);
  if (!engine) return kExitUsage;
  HeadroomRequest request;
  request.item = args->positional()[0];
  request.destination = args->GetOr("--to", "");
  request.end_user_hq = args->GetOr("--end-user-hq", "");
  request.exporter_hq = args->GetOr("--exporter-hq", "");
  request.date = args->GetOr("--date", "");
  Result<std::string> headroom = engine->Headroom(request, format == "json" ? Format::kJson : Format::kText);
  if (!headroom.ok()) {
    NameFlags(headroom.diagnostics, kFlags);
    PrintQuestionErrors(headroom.diagnostics, io);
    return kExitUsage;
  }
  fmt::print(io.out, "{}", *headroom);
  return kExitOk;
}

}  // namespace chipgate::cli
