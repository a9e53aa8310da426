// `chipgate check --item ID --to CC [--end-user-hq CC] [--exporter-hq CC] [--date YYYY-MM-DD]
// [--format text|json] [--explain]`: the license determination for one shipment.
// Exit 0 when determined, 1 when indeterminate, 2 on bad input.
//
// JSON comes from the compiled fast path (the same answer the HTTP API gives); the memo and
// `--explain` from the explaining evaluator, whose tree shows every margin.
#include <fmt/format.h>

#include "session.hpp"

namespace chipgate::cli {
namespace {

constexpr const char* kUsage =
    "usage: chipgate check --item ID --to CC [--end-user-hq CC] [--exporter-hq CC] [--date YYYY-MM-DD]\n"
    "                      [--format text|json] [--explain] [--rules PATH]... [--catalog PATH]... [--param NAME=VALUE]...\n"
    "\n"
    "Decides whether shipping ITEM to CC on the date (default: today, UTC) needs a license under the\n"
    "rules in force that day, and why. Without --end-user-hq, rules that depend on where the end user\n"
    "is headquartered cannot be decided, and the answer says so instead of assuming.\n"
    "Exit status: 0 determined, 1 indeterminate, 2 bad input.\n";

}  // namespace

int RunCheck(const std::vector<std::string>& argv, Io& io) {
  ArgSpec spec = SessionFlags();
  spec.valued.insert({"--item", "--to", "--end-user-hq", "--exporter-hq", "--date", "--format"});
  spec.switches.insert({"--explain", "--help"});
  int exit_code = kExitOk;
  const auto args = ParseCommand("check", argv, spec, kUsage, io, exit_code);
  if (!args) return exit_code;
  const std::string format = args->GetOr("--format", "text");
  if (!args->Get("--item") || !args->Get("--to") || (format != "text" && format != "json") || !args->positional().empty()) {
    fmt::print(io.err, "chipgate check: {}\n{}", !args->Get("--item") ? "--item is required" : !args->Get("--to") ? "--to is required"
                                                 : !args->positional().empty() ? "unexpected argument `" + args->positional()[0] + "`"
                                                                               : "--format must be text or json", kUsage);
    return kExitUsage;
  }
  const auto engine = LoadEngine(*args, io);
  if (!engine) return kExitUsage;
  Question q;
  q.item = *args->Get("--item");
  q.destination = *args->Get("--to");
  q.end_user_hq = args->GetOr("--end-user-hq", "");
  q.exporter_hq = args->GetOr("--exporter-hq", "");
  q.date = args->GetOr("--date", "");
  const bool explained = format == "text" || args->Has("--explain");
  const Result<Decision> d = explained ? engine->Explain(q) : engine->Decide(q);
  if (!d.ok()) {
    PrintQuestionErrors(d.diagnostics, io);
    return kExitUsage;
  }
  fmt::print(io.out, "{}", engine->RenderDecision(*d, format == "json" ? Format::kJson : Format::kText, args->Has("--explain")));
  return d->determined ? kExitOk : kExitFinding;
}

}  // namespace chipgate::cli
