// `chipgate headroom ITEM [--to CC] [--end-user-hq local|unknown|CC] [--date D] [--format text|json]`:
// the margin to every threshold the item is tested against, and the nearest single change of
// each spec that flips its classification (and, with --to, the decision for that destination).
#include <fmt/format.h>

#include "analysis/headroom.hpp"
#include "cli/core/end_user.hpp"
#include "render/headroom_render.hpp"
#include "cli/core/session.hpp"

namespace chipgate::cli {

// The command renders through the library's render layer.
using namespace render;  // NOLINT(google-build-using-namespace)
namespace {

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
  const EngineState& session = engine->state();
  const auto item = FindItem(session, args->positional()[0], io);
  const auto date = DateArg(session, *args, io);
  const auto end_user = EndUserArg(*args, io);
  if (!item || !date || !end_user) return kExitUsage;
  HeadroomQuery q;
  q.item = *item;
  q.date = *date;
  if (const auto to = args->Get("--to")) {
    q.destination = CountryArg("--to", *to, io);
    if (!q.destination) return kExitUsage;
    q.end_user_hq = end_user->For(*q.destination);
  }
  if (const auto exporter = args->Get("--exporter-hq")) {
    q.exporter_hq = CountryArg("--exporter-hq", *exporter, io);
    if (!q.exporter_hq) return kExitUsage;
  }
  const HeadroomReport report = Headroom(session.model, session.catalog, session.params, q);
  if (format == "json") {
    JsonWriter w;
    WriteHeadroomJson(w, report, session, *end_user);
    fmt::print(io.out, "{}\n", w.str());
  } else {
    fmt::print(io.out, "{}", HeadroomText(report, session, *end_user));
  }
  return kExitOk;
}

}  // namespace chipgate::cli
