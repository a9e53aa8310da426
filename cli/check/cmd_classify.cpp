// `chipgate classify ITEM... [--date YYYY-MM-DD] [--format text|json] [--explain]`: the ECCN
// paragraphs each item meets on the date, the criteria, TPP and PD with their arithmetic, and
// the margin to every threshold tested.
#include <fmt/format.h>

#include "explain/explain.hpp"
#include "text/json.hpp"
#include "render/decision_json.hpp"
#include "render/decision_text.hpp"
#include "cli/core/session.hpp"

namespace chipgate::cli {

// The command renders through the library's render layer.
using namespace render;  // NOLINT(google-build-using-namespace)
namespace {

constexpr const char* kUsage =
    "usage: chipgate classify ITEM... [--date YYYY-MM-DD] [--format text|json] [--explain]\n"
    "                         [--rules PATH]... [--catalog PATH]... [--param NAME=VALUE]...\n"
    "Exit status: 0 when every item's classification is decided, 1 when some is undecided for\n"
    "missing data, 2 on bad input.\n";

}  // namespace

int RunClassify(const std::vector<std::string>& argv, Io& io) {
  ArgSpec spec = SessionFlags();
  spec.valued.insert({"--date", "--format"});
  spec.switches.insert({"--explain", "--help"});
  int exit_code = kExitOk;
  const auto args = ParseCommand("classify", argv, spec, kUsage, io, exit_code);
  if (!args) return exit_code;
  const std::string format = args->GetOr("--format", "text");
  if (args->positional().empty() || (format != "text" && format != "json")) {
    fmt::print(io.err, "chipgate classify: {}\n{}", args->positional().empty() ? "name at least one item" : "--format must be text or json", kUsage);
    return kExitUsage;
  }
  const auto engine = LoadEngine(*args, io);
  if (!engine) return kExitUsage;
  const EngineState& session = engine->state();
  const auto date = DateArg(session, *args, io);
  if (!date) return kExitUsage;
  std::vector<std::size_t> items;
  for (const auto& id : args->positional()) {
    const auto item = FindItem(session, id, io);
    if (!item) return kExitUsage;
    items.push_back(*item);
  }
  bool all_decided = true;
  JsonWriter w;
  if (format == "json") w.BeginObject().Key("items").BeginArray();
  for (const auto item : items) {
    const Decision d = ClassifyItem(session.model, session.catalog, session.params, item, *date);
    all_decided = all_decided && d.unknown_classifications.empty();
    if (format == "json") {
      WriteClassificationJson(w, d, session, args->Has("--explain"));
    } else {
      fmt::print(io.out, "{}\n", ClassificationText(d, session, args->Has("--explain")));
    }
  }
  if (format == "json") {
    w.EndArray();
    WriteProvenanceJson(w, session);
    w.EndObject();
    fmt::print(io.out, "{}\n", w.str());
  }
  return all_decided ? kExitOk : kExitFinding;
}

}  // namespace chipgate::cli
