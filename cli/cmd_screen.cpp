// `chipgate screen [--vendor V] [--items ID,...] [--date D] [--to CC,...] [--to-group G,...]
// [--end-user-hq local|unknown|CC] [--exporter-hq CC] [--format text|csv|json|html] [--merge|--no-merge]`:
// the vendor matrix, products x destinations, each cell the license determination.
#include <fmt/format.h>

#include <algorithm>
#include <chrono>

#include "eval/evaluate.hpp"
#include "compile/program.hpp"
#include "analysis/screen.hpp"
#include "end_user.hpp"
#include "render/screen_render.hpp"
#include "session.hpp"

namespace chipgate::cli {

// The command renders through the library's render layer.
using namespace render;  // NOLINT(google-build-using-namespace)
namespace {

constexpr const char* kUsage =
    "usage: chipgate screen [--vendor V]... [--items ID,...] [--date YYYY-MM-DD] [--to CC,...] [--to-group GROUP,...]\n"
    "                       [--end-user-hq local|unknown|CC] [--exporter-hq CC] [--format text|csv|json|html]\n"
    "                       [--merge | --no-merge] [--timing] [--rules PATH]... [--catalog PATH]... [--param NAME=VALUE]...\n"
    "\n"
    "Rows are products (default: the whole catalog), columns destinations (default: every ISO country)\n"
    "and groups (`--to-group D:5` has one cell per member on the date, shown as counts). Each cell is the\n"
    "license determination: NLR, LIC:denial|case|approval, LIC+NAC/ACA, ? (indeterminate); see the legend.\n"
    "The end user is assumed headquartered in the destination unless --end-user-hq says otherwise.\n"
    "Text output merges destinations whose column is identical when there are more than 12 (--no-merge\n"
    "keeps them apart; --merge merges for csv and html too; json is never merged).\n";

constexpr std::size_t kMergeAbove = 12;

std::optional<std::vector<std::size_t>> SelectRows(const EngineState& s, const Args& args, Io& io) {
  std::vector<std::size_t> rows;
  const auto ids = args.GetAll("--items", true);
  if (!ids.empty()) {
    for (const auto& id : ids) {
      const auto index = FindItem(s, id, io);
      if (!index) return std::nullopt;
      rows.push_back(*index);
    }
  } else {
    for (std::size_t i = 0; i < s.catalog.size(); ++i) rows.push_back(i);
  }
  const auto vendors = args.GetAll("--vendor", true);
  if (vendors.empty()) return rows;
  auto lower = [](std::string t) {
    for (auto& c : t) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return t;
  };
  std::vector<std::string> known;
  for (const auto& item : s.catalog.items()) known.push_back(lower(item.vendor));
  for (const auto& v : vendors) {
    if (std::find(known.begin(), known.end(), lower(v)) != known.end()) continue;
    std::sort(known.begin(), known.end());
    known.erase(std::unique(known.begin(), known.end()), known.end());
    std::string list;
    for (const auto& k : known) list += (list.empty() ? "" : ", ") + k;
    fmt::print(io.err, "chipgate screen: no product in the catalog has vendor `{}`\nhelp: vendors: {}\n", v, list);
    return std::nullopt;
  }
  std::erase_if(rows, [&](std::size_t i) {
    const std::string v = lower(s.catalog.items()[i].vendor);
    return std::none_of(vendors.begin(), vendors.end(), [&](const std::string& want) { return lower(want) == v; });
  });
  return rows;
}

std::optional<std::vector<ScreenColumn>> SelectColumns(const EngineState& s, const Args& args, Date date, Io& io) {
  std::vector<CountryCode> destinations;
  for (const auto& text : args.GetAll("--to", true)) {
    const auto code = CountryArg("--to", text, io);
    if (!code) return std::nullopt;
    destinations.push_back(*code);
  }
  std::vector<ScreenColumn> columns = DestinationColumns(destinations);
  for (const auto& name : args.GetAll("--to-group", true)) {
    auto column = GroupColumn(s.model, name, date);
    if (!column) {
      std::string groups;
      for (const auto& g : s.model.groups) groups += (groups.empty() ? "" : ", ") + g.name;
      fmt::print(io.err, "chipgate screen: `--to-group {}` names no country group or set in the rules\nhelp: groups: {}\n", name, groups);
      return std::nullopt;
    }
    columns.push_back(std::move(*column));
  }
  if (columns.empty()) columns = AllDestinationColumns();
  return columns;
}

}  // namespace

int RunScreen(const std::vector<std::string>& argv, Io& io) {
  ArgSpec spec = SessionFlags();
  spec.valued.insert({"--vendor", "--items", "--date", "--to", "--to-group", "--end-user-hq", "--exporter-hq", "--format"});
  spec.switches.insert({"--merge", "--no-merge", "--timing", "--help"});
  int exit_code = kExitOk;
  const auto args = ParseCommand("screen", argv, spec, kUsage, io, exit_code);
  if (!args) return exit_code;
  const std::string format = args->GetOr("--format", "text");
  if (!args->positional().empty() || (format != "text" && format != "csv" && format != "json" && format != "html") ||
      (args->Has("--merge") && args->Has("--no-merge"))) {
    fmt::print(io.err, "chipgate screen: {}\n{}", !args->positional().empty() ? "unexpected argument `" + args->positional()[0] + "`"
                                                  : args->Has("--merge") && args->Has("--no-merge") ? "--merge and --no-merge contradict each other"
                                                                                                     : "--format must be text, csv, json or html",
               kUsage);
    return kExitUsage;
  }
  const auto engine = LoadEngine(*args, io);
  if (!engine) return kExitUsage;
  const EngineState& session = engine->state();
  const auto date = DateArg(session, *args, io);
  const auto end_user = EndUserArg(*args, io);
  if (!date || !end_user) return kExitUsage;
  const auto rows = SelectRows(session, *args, io);
  const auto columns = rows ? SelectColumns(session, *args, *date, io) : std::nullopt;
  if (!rows || !columns) return kExitUsage;
  ScreenOptions options;
  options.date = *date;
  options.end_user = end_user->mode;
  options.end_user_hq = end_user->fixed;
  if (const auto exporter = args->Get("--exporter-hq")) {
    options.exporter_hq = CountryArg("--exporter-hq", *exporter, io);
    if (!options.exporter_hq) return kExitUsage;
  }
  const auto start = std::chrono::steady_clock::now();
  const Program program = Compile(session.model, session.params);
  const BoundCatalog bound = Bind(program, session.catalog);
  Scratch scratch(program);
  ScreenMatrix matrix = Screen(program, bound, *rows, *columns, options, scratch);
  const auto elapsed = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start);
  if (args->Has("--timing")) {
    fmt::print(io.err, "screen: {} cells (compile, bind and decide) in {:.2f} ms\n", matrix.cells.size(), elapsed.count());
  }
  std::size_t destination_columns = 0;
  for (const auto& c : matrix.columns) destination_columns += c.is_group ? 0 : 1;
  const bool merge = format != "json" && !args->Has("--no-merge") && (args->Has("--merge") || (format == "text" && destination_columns > kMergeAbove));
  if (merge) matrix = MergeIdenticalColumns(matrix);
  const ScreenView view{matrix, session, *date, *end_user, options.exporter_hq};
  if (format == "json") fmt::print(io.out, "{}", ScreenJson(view));
  if (format == "csv") fmt::print(io.out, "{}", ScreenCsv(view));
  if (format == "html") fmt::print(io.out, "{}", ScreenHtml(view));
  if (format == "text") fmt::print(io.out, "{}", ScreenText(view));
  return kExitOk;
}

}  // namespace chipgate::cli
