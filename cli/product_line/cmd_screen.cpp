// `chipgate screen [--vendor V] [--items ID,...] [--date D] [--to CC,...] [--to-group G,...]
// [--end-user-hq local|unknown|CC] [--exporter-hq CC] [--format text|csv|json|html] [--merge|--no-merge]`:
// the vendor matrix, products x destinations, each cell the license determination.
#include <fmt/format.h>

#include <chrono>

#include "cli/core/session.hpp"

namespace chipgate::cli {
namespace {

// The request's fields that are spelt differently as flags (session.cpp knows the others).
constexpr FieldFlag kFlags[] = {{"item", "--items"}, {"vendor", "--vendor"}, {"group", "--to-group"}};

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
  ScreenRequest request;
  request.items = args->GetAll("--items", true);
  request.vendors = args->GetAll("--vendor", true);
  request.destinations = args->GetAll("--to", true);
  request.groups = args->GetAll("--to-group", true);
  request.date = args->GetOr("--date", "");
  request.end_user_hq = args->GetOr("--end-user-hq", "");
  request.exporter_hq = args->GetOr("--exporter-hq", "");
  if (args->Has("--merge") || args->Has("--no-merge")) request.merge = args->Has("--merge");
  const Format out_format = format == "json" ? Format::kJson : format == "csv" ? Format::kCsv : format == "html" ? Format::kHtml : Format::kText;
  const auto start = std::chrono::steady_clock::now();
  Result<std::string> screen = engine->Screen(request, out_format);
  const auto elapsed = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start);
  if (!screen.ok()) {
    NameFlags(screen.diagnostics, kFlags);
    PrintQuestionErrors(screen.diagnostics, io);
    return kExitUsage;
  }
  if (args->Has("--timing")) fmt::print(io.err, "screen: compiled, bound and decided in {:.2f} ms\n", elapsed.count());
  fmt::print(io.out, "{}", *screen);
  return kExitOk;
}

}  // namespace chipgate::cli
