// `chipgate catalog list|show`: the hardware catalog as loaded (bundled folder plus any
// `--catalog` layers), with each item's TPP and PD. Load errors print as diagnostics and exit 2,
// so a broken catalog is never silently listed as a smaller one.
#include <fmt/format.h>

#include <memory>

#include "args.hpp"
#include "catalog_layers.hpp"
#include "render/catalog_list.hpp"
#include "render/catalog_show.hpp"
#include "explain/explain.hpp"
#include "rules_loading.hpp"
#include "text/spelling.hpp"
#include "command.hpp"

namespace chipgate::cli {

// The command renders through the library's render layer.
using namespace render;  // NOLINT(google-build-using-namespace)
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

enum class Format { kText, kJson, kCsv };

struct Options {
  Format format = Format::kText;
  std::vector<std::string> layers;
  std::vector<std::string> rules;
  std::vector<std::string> params;
};

// Rules, params and catalog, loaded together: the figures need all three.
struct Loaded {
  SourceSet sources;
  Model model;
  ParamValues params;
  Catalog catalog;
};

std::unique_ptr<Loaded> Load(const Options& options, Io& io) {
  auto l = std::make_unique<Loaded>();
  auto catalog = LoadCatalogForCli(options.layers, l->sources, io);
  if (!catalog) return nullptr;
  l->catalog = std::move(*catalog);
  auto model = LoadRulesForCli(options.rules, l->sources, io);
  if (!model) return nullptr;
  l->model = std::move(*model);
  Result<ParamValues> params = ParseParams(l->model, options.params);
  if (!params.ok()) {
    fmt::print(io.err, "{}", RenderText(params.diagnostics, l->sources));
    return nullptr;
  }
  l->params = std::move(*params.value);
  return l;
}

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

int RunList(const Args& args, Io& io) {
  if (!args.positional().empty()) return Usage(io, fmt::format("unexpected argument `{}`", args.positional()[0]));
  const auto options = ParseOptions(args, true, io);
  if (!options) return kExitUsage;
  const auto loaded = Load(*options, io);
  if (!loaded) return kExitUsage;
  const auto figures = FiguresFor(loaded->model, loaded->catalog, loaded->params);
  const Catalog& catalog = loaded->catalog;
  const std::string out = options->format == Format::kJson ? ListJson(catalog, figures)
                          : options->format == Format::kCsv ? ListCsv(catalog, figures)
                                                            : ListText(catalog, figures);
  fmt::print(io.out, "{}", out);
  return kExitOk;
}

int UnknownItem(const Catalog& catalog, const std::string& id, Io& io) {
  fmt::print(io.err, "chipgate catalog: unknown item `{}`\n", id);
  std::vector<std::string_view> ids;
  for (const Item& item : catalog.items()) ids.push_back(item.id);
  if (auto guess = ClosestMatch(id, ids)) fmt::print(io.err, "help: did you mean `{}`?\n", *guess);
  return kExitUsage;
}

int RunShow(const Args& args, Io& io) {
  if (args.positional().size() != 1) return Usage(io, "`show` needs exactly one item id");
  const auto options = ParseOptions(args, false, io);
  if (!options) return kExitUsage;
  const auto loaded = Load(*options, io);
  if (!loaded) return kExitUsage;
  const std::string& id = args.positional()[0];
  const auto index = loaded->catalog.IndexOf(id);
  if (!index) return UnknownItem(loaded->catalog, id, io);
  const Item& item = loaded->catalog.items()[*index];
  const ItemFigures figures{ItemMetrics(loaded->model, loaded->catalog, loaded->params, *index)};
  fmt::print(io.out, "{}", options->format == Format::kJson
                               ? ShowJson(item, loaded->catalog, figures, loaded->model, loaded->params, loaded->sources)
                               : ShowText(item, loaded->catalog, figures, loaded->model, loaded->params, loaded->sources));
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
