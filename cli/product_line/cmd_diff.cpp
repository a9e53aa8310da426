// `chipgate diff --from DATE --to DATE [--items ID,...] [--end-user-hq ...] [--format text|json]` and
// `chipgate diff --rules-a PATH --rules-b PATH [--date D] ...`: every product whose classification or
// decision for any destination changes between two dates, or between two rule trees (a draft edit
// against the rules in force), with the rule differences that cause it.
// Exit status: 0 nothing changes, 1 something does (like diff(1)), 2 bad input.
#include <fmt/format.h>

#include "analysis/diff.hpp"
#include "explain/explain.hpp"
#include "render/diff_render.hpp"
#include "cli/core/end_user.hpp"
#include "cli/core/rules_loading.hpp"
#include "cli/core/session.hpp"

namespace chipgate::cli {

// The command renders through the library's render layer.
using namespace render;  // NOLINT(google-build-using-namespace)
namespace {

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

struct Tree {
  SourceSet sources;
  Model model;
  ParamValues params;
};

std::unique_ptr<Tree> LoadTree(const std::string& path, const EngineState& s, Io& io) {
  auto t = std::make_unique<Tree>();
  auto model = LoadRulesForCli({path}, t->sources, io);
  if (!model) return nullptr;
  t->model = std::move(*model);
  Result<ParamValues> params = ParseParams(t->model, s.param_assignments);
  if (!params.ok()) {
    fmt::print(io.err, "{}", RenderText(params.diagnostics, t->sources));
    return nullptr;
  }
  t->params = std::move(*params.value);
  return t;
}

std::optional<Date> ParseDate(const EngineState& s, const std::string& flag, const std::string& text, Io& io) {
  const auto date = Date::Parse(text);
  if (!date) {
    fmt::print(io.err, "chipgate diff: `{} {}` is not a date; expected YYYY-MM-DD\n", flag, text);
    return std::nullopt;
  }
  if (const auto problem = CheckQueryDate(s.model, *date)) {
    fmt::print(io.err, "chipgate diff: {}\n", *problem);
    return std::nullopt;
  }
  return date;
}

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
  const auto engine = LoadEngine(*args, io);
  if (!engine) return kExitUsage;
  const EngineState& session = engine->state();
  const auto end_user = EndUserArg(*args, io);
  if (!end_user) return kExitUsage;
  DiffOptions options;
  options.end_user = end_user->mode;
  options.end_user_hq = end_user->fixed;
  if (const auto exporter = args->Get("--exporter-hq")) {
    options.exporter_hq = CountryArg("--exporter-hq", *exporter, io);
    if (!options.exporter_hq) return kExitUsage;
  }
  for (const auto& id : args->GetAll("--items", true)) {
    const auto index = FindItem(session, id, io);
    if (!index) return kExitUsage;
    options.items.push_back(*index);
  }
  std::optional<DiffReport> report;
  std::unique_ptr<Tree> a;
  std::unique_ptr<Tree> b;
  std::string label_a;
  std::string label_b;
  if (dates) {
    const auto from = ParseDate(session, "--from", *args->Get("--from"), io);
    const auto to = ParseDate(session, "--to", *args->Get("--to"), io);
    if (!from || !to) return kExitUsage;
    label_a = from->ToString();
    label_b = to->ToString();
    report = DiffDates({&session.model, &session.params, &session.sources}, session.catalog, *from, *to, options);
  } else {
    a = LoadTree(*args->Get("--rules-a"), session, io);
    b = a ? LoadTree(*args->Get("--rules-b"), session, io) : nullptr;
    const auto date = DateArg(session, *args, io);
    if (!a || !b || !date) return kExitUsage;
    label_a = fmt::format("{} (rules sha256 {}) on {}", *args->Get("--rules-a"), a->model.rules_hash.substr(0, 16), date->ToString());
    label_b = fmt::format("{} (rules sha256 {}) on {}", *args->Get("--rules-b"), b->model.rules_hash.substr(0, 16), date->ToString());
    report = DiffTrees({&a->model, &a->params, &a->sources}, {&b->model, &b->params, &b->sources}, session.catalog, *date, options);
  }
  const DiffView view{*report, session.catalog, a ? a->model : session.model, b ? b->model : session.model,
                      label_a, label_b, *end_user, session.catalog_hash};
  fmt::print(io.out, "{}", format == "json" ? DiffJson(view) : DiffText(view));
  return report->items.empty() ? kExitOk : kExitFinding;
}

}  // namespace chipgate::cli
