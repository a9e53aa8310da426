// `chipgate check --item ID --to CC [--end-user-hq CC] [--exporter-hq CC] [--date YYYY-MM-DD]
// [--format text|json] [--explain]`: the license determination for one shipment.
// Exit 0 when determined, 1 when indeterminate, 2 on bad input.
#include <fmt/format.h>

#include "chipgate/explain.hpp"
#include "chipgate/json.hpp"
#include "decision_json.hpp"
#include "decision_text.hpp"
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
  const auto session = LoadSession(*args, io);
  if (!session) return kExitUsage;
  Query q;
  const auto item = FindItem(*session, *args->Get("--item"), io);
  const auto to = CountryArg("--to", *args->Get("--to"), io);
  const auto date = DateArg(*session, *args, io);
  if (!item || !to || !date) return kExitUsage;
  q.item = *item;
  q.destination = *to;
  q.date = *date;
  for (const auto& [flag, field] : {std::pair{"--end-user-hq", &q.end_user_hq}, std::pair{"--exporter-hq", &q.exporter_hq}}) {
    if (const auto v = args->Get(flag)) {
      const auto c = CountryArg(flag, *v, io);
      if (!c) return kExitUsage;
      *field = c;
    }
  }
  const Decision d = Explain(session->model, session->catalog, session->params, q);
  if (format == "json") {
    JsonWriter w;
    WriteDecisionJson(w, d, *session, args->Has("--explain"));
    fmt::print(io.out, "{}\n", w.str());
  } else {
    fmt::print(io.out, "{}", DecisionMemo(d, *session, args->Has("--explain")));
  }
  return d.determined ? kExitOk : kExitFinding;
}

}  // namespace chipgate::cli
