// `chipgate catalog list|show`: the hardware catalog as loaded (bundled folder plus any
// `--catalog` layers), with each item's TPP and PD. Load errors print as diagnostics and exit 2,
// so a broken catalog is never silently listed as a smaller one.
#include <fmt/format.h>

#include "cli/core/args.hpp"
#include "cli/core/command.hpp"
#include "cli/core/session.hpp"

namespace chipgate::cli {
namespace {

constexpr const char* kUsage =
    "usage: chipgate catalog list [--format text|json|csv] [--catalog PATH]... [--rules PATH]...\n"
    "                             [--param NAME=VALUE]... [--tf32-bits 32|19]\n"
    "       chipgate catalog show ID [--format text|json] [same options]\n"
    "\n"
    "The bundled catalog is $CHIPGATE_HOME/catalog when CHIPGATE_HOME is set. Each --catalog PATH\n"
    "(a .toml file or a folder) is layered on top and replaces items with the same id.\n"
    "TPP, PD and the other derived figures are computed by the rules (rules/us-ear/metrics.rules).\n"
    "--tf32-bits 19 is short for --param tf32_bits=19: count TF32 as a 19-bit operation (the\n"
    "analysts' convention); the default 32 is the conservative reading.\n";

struct Options {
  Format format = Format::kText;
  std::vector<std::string> layers;
  std::vector<std::string> rules;
  std::vector<std::string> params;
};

int Usage(Io& io, const std::string& problem) {
  fmt::print(io.err, "chipgate catalog: {}\n{}", problem, kUsage);
  return kExitUsage;
}

std::optional<Options> ParseOptions(const Args& args, bool csv_allowed, Io& io) {
  Options options;
  const std::string format = args.GetOr("--format", "text");
  if (format == "json") {
    options.format = Format::kJson;
  } else if (format == "csv" && csv_allowed) {
    options.format = Format::kCsv;
  } else if (format != "text") {
    Usage(io, fmt::format("unknown format `{}` (expected text, json{})", format, csv_allowed ? " or csv" : ""));
    return std::nullopt;
  }
  const std::string tf32 = args.GetOr("--tf32-bits", "32");
  if (tf32 != "32" && tf32 != "19") {
    Usage(io, fmt::format("`--tf32-bits` must be 32 or 19, not `{}`", tf32));
    return std::nullopt;
  }
  options.layers = args.GetAll("--catalog");
  options.rules = args.GetAll("--rules");
  options.params = args.GetAll("--param");
  if (args.Has("--tf32-bits")) options.params.push_back("tf32_bits=" + tf32);
  return options;
}

std::optional<Engine> LoadFor(const Options& options, Io& io) {
  EngineOptions engine_options;
  engine_options.data_dir = DataDir();
  engine_options.rules = options.rules;
  engine_options.catalogs = options.layers;
  engine_options.params = options.params;
  Result<Engine> engine = LoadForCli(std::move(engine_options), io);
  if (!engine.diagnostics.empty()) fmt::print(io.err, "{}", RenderText(engine.diagnostics));
  if (!engine.ok()) return std::nullopt;
  return std::move(engine.value);
}

int RunList(const Args& args, Io& io) {
  if (!args.positional().empty()) return Usage(io, fmt::format("unexpected argument `{}`", args.positional()[0]));
  const auto options = ParseOptions(args, true, io);
  if (!options) return kExitUsage;
  const auto engine = LoadFor(*options, io);
  if (!engine) return kExitUsage;
  fmt::print(io.out, "{}", engine->RenderCatalog(options->format));
  return kExitOk;
}

int RunShow(const Args& args, Io& io) {
  if (args.positional().size() != 1) return Usage(io, "`show` needs exactly one item id");
  const auto options = ParseOptions(args, false, io);
  if (!options) return kExitUsage;
  const auto engine = LoadFor(*options, io);
  if (!engine) return kExitUsage;
  const Result<std::string> shown = engine->RenderItem(args.positional()[0], options->format);
  if (!shown.ok()) {
    for (const auto& d : shown.diagnostics) {
      fmt::print(io.err, "chipgate catalog: {}\n", d.message);
      if (!d.help.empty()) fmt::print(io.err, "help: {}\n", d.help);
    }
    return kExitUsage;
  }
  fmt::print(io.out, "{}", *shown);
  return kExitOk;
}

}  // namespace

int RunCatalog(const std::vector<std::string>& argv, Io& io) {
  if (argv.empty()) return Usage(io, "missing subcommand");
  if (argv[0] == "--help" || argv[0] == "help") {
    fmt::print(io.out, "{}", kUsage);
    return kExitOk;
  }
  const ArgSpec spec{{"--format", "--catalog", "--tf32-bits", "--rules", "--param"}, {"--help"}};
  std::string error;
  const auto args = Args::Parse({argv.begin() + 1, argv.end()}, spec, error);
  if (!args) return Usage(io, error);
  if (args->Has("--help")) {
    fmt::print(io.out, "{}", kUsage);
    return kExitOk;
  }
  if (argv[0] == "list") return RunList(*args, io);
  if (argv[0] == "show") return RunShow(*args, io);
  return Usage(io, fmt::format("unknown subcommand `{}` (expected `list` or `show`)", argv[0]));
}

}  // namespace chipgate::cli
