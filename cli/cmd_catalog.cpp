// `chipgate catalog list|show`: the hardware catalog as loaded (bundled folder plus any
// `--catalog` layers), with each item's TPP and PD. Load errors print as diagnostics and exit 2,
// so a broken catalog is never silently listed as a smaller one.
#include <fmt/format.h>

#include "args.hpp"
#include "catalog_layers.hpp"
#include "catalog_list.hpp"
#include "catalog_show.hpp"
#include "chipgate/spelling.hpp"
#include "command.hpp"

namespace chipgate::cli {
namespace {

constexpr const char* kUsage =
    "usage: chipgate catalog list [--format text|json|csv] [--catalog PATH]... [--tf32-bits 32|19]\n"
    "       chipgate catalog show ID [--format text|json] [--catalog PATH]... [--tf32-bits 32|19]\n"
    "\n"
    "The bundled catalog is $CHIPGATE_HOME/catalog when CHIPGATE_HOME is set. Each --catalog PATH\n"
    "(a .toml file or a folder) is layered on top and replaces items with the same id.\n"
    "--tf32-bits 19 counts TF32 as a 19-bit operation (the analysts' convention); the default 32\n"
    "is the conservative reading.\n";

enum class Format { kText, kJson, kCsv };

struct Options {
  Format format = Format::kText;
  BitLengths bits = BitLengths::Default();
  std::vector<std::string> layers;
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
  options.bits = options.bits.WithBits(Precision::kTf32, tf32 == "19" ? 19 : 32);
  options.layers = args.GetAll("--catalog");
  return options;
}

int RunList(const Args& args, Io& io) {
  if (!args.positional().empty()) return Usage(io, fmt::format("unexpected argument `{}`", args.positional()[0]));
  const auto options = ParseOptions(args, true, io);
  if (!options) return kExitUsage;
  SourceSet sources;
  const auto catalog = LoadCatalogForCli(options->layers, sources, io);
  if (!catalog) return kExitUsage;
  const std::string out = options->format == Format::kJson ? ListJson(*catalog, options->bits)
                          : options->format == Format::kCsv ? ListCsv(*catalog, options->bits)
                                                            : ListText(*catalog, options->bits);
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
  SourceSet sources;
  const auto catalog = LoadCatalogForCli(options->layers, sources, io);
  if (!catalog) return kExitUsage;
  const std::string& id = args.positional()[0];
  const Item* item = catalog->Find(id);
  if (item == nullptr) return UnknownItem(*catalog, id, io);
  fmt::print(io.out, "{}", options->format == Format::kJson
                               ? ShowJson(*item, *catalog, options->bits, sources)
                               : ShowText(*item, *catalog, options->bits, sources));
  return kExitOk;
}

}  // namespace

int RunCatalog(const std::vector<std::string>& argv, Io& io) {
  if (argv.empty()) return Usage(io, "missing subcommand");
  if (argv[0] == "--help" || argv[0] == "help") {
    fmt::print(io.out, "{}", kUsage);
    return kExitOk;
  }
  const ArgSpec spec{{"--format", "--catalog", "--tf32-bits"}, {"--help"}};
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
