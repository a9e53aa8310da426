// `chipgate whatif ITEM... [--set FIELD=VALUE]... [--to CC] [--end-user-hq local|unknown|CC]
// [--date D] [--catalog FILE]... [--format text|json]`: a design variant side by side with the
// item it changes. Variants: the bundled item when a --catalog layer replaced it, the item as
// loaded, and the item with the --set changes.
#include <fmt/format.h>

#include <filesystem>

#include "cli/core/catalog_layers.hpp"
#include "analysis/whatif.hpp"
#include "render/decision_json.hpp"
#include "cli/core/end_user.hpp"
#include "cli/core/session.hpp"
#include "render/whatif_render.hpp"

namespace chipgate::cli {

// The command renders through the library's render layer.
using namespace render;  // NOLINT(google-build-using-namespace)
namespace {

constexpr const char* kUsage =
    "usage: chipgate whatif ITEM... [--set FIELD=VALUE]... [--to CC] [--end-user-hq local|unknown|CC] [--exporter-hq CC]\n"
    "                       [--date YYYY-MM-DD] [--format text|json] [--rules PATH]... [--catalog PATH]... [--param NAME=VALUE]...\n"
    "\n"
    "Shows each ITEM's classification (and with --to the decision there) side by side with its variants:\n"
    "the bundled item when a --catalog file replaces it, and the item with the --set changes. FIELD is a\n"
    "catalog number field (die_area_mm2=700, memory_bandwidth_gbps=3999.9; `unknown` removes it),\n"
    "dense_tops.PRECISION=TOPS, datacenter=true|false, or tpp=VALUE (every dense TOPS figure scaled by one\n"
    "factor to reach that TPP). Exit status: 0, or 2 on bad input (an unknown field or a bad value).\n";

// Where an item came from, for its column label: the bundled catalog, or a --catalog file.
std::string SourceLabel(const EngineState& s, const Item& item) {
  const std::string path = s.sources.file(item.span.file).path();
  if (path.rfind(BundledCatalogDir(), 0) == 0) return "catalog";
  return std::filesystem::path(path).filename().string();
}

}  // namespace

int RunWhatIf(const std::vector<std::string>& argv, Io& io) {
  ArgSpec spec = SessionFlags();
  spec.valued.insert({"--set", "--to", "--end-user-hq", "--exporter-hq", "--date", "--format"});
  spec.switches.insert({"--help"});
  int exit_code = kExitOk;
  const auto args = ParseCommand("whatif", argv, spec, kUsage, io, exit_code);
  if (!args) return exit_code;
  const std::string format = args->GetOr("--format", "text");
  if (args->positional().empty() || (format != "text" && format != "json")) {
    fmt::print(io.err, "chipgate whatif: {}\n{}", args->positional().empty() ? "name at least one item" : "--format must be text or json", kUsage);
    return kExitUsage;
  }
  std::vector<SpecEdit> edits;
  for (const auto& text : args->GetAll("--set")) {
    Result<SpecEdit> edit = ParseSpecEdit(text);
    if (!edit.ok()) {
      fmt::print(io.err, "chipgate whatif: `--set {}`:\n{}", text, RenderText(edit.diagnostics, SourceSet{}));
      return kExitUsage;
    }
    edits.push_back(std::move(*edit.value));
  }
  const auto engine = LoadEngine(*args, io);
  if (!engine) return kExitUsage;
  const EngineState& session = engine->state();
  const auto date = DateArg(session, *args, io);
  const auto end_user = EndUserArg(*args, io);
  if (!date || !end_user) return kExitUsage;
  VariantQuery vq;
  vq.date = *date;
  for (const auto& [flag, field] : {std::pair{"--to", &vq.destination}, std::pair{"--exporter-hq", &vq.exporter_hq}}) {
    if (const auto value = args->Get(flag)) {
      *field = CountryArg(flag, *value, io);
      if (!*field) return kExitUsage;
    }
  }
  if (vq.destination) vq.end_user_hq = end_user->For(*vq.destination);
  SourceSet bundled_sources;
  std::optional<Catalog> bundled;
  if (!args->GetAll("--catalog").empty()) bundled = LoadCatalogForCli({}, bundled_sources, io);
  const WhatIfView view{session, *date, vq.destination, *end_user, args->GetAll("--set")};
  JsonWriter w;
  if (format == "json") w.BeginObject().Field("date", date->ToString()).Key("items").BeginArray();
  for (const auto& id : args->positional()) {
    const auto index = FindItem(session, id, io);
    if (!index) return kExitUsage;
    const Item& loaded = session.catalog.items()[*index];
    std::vector<Variant> variants;
    const std::string label = SourceLabel(session, loaded);
    if (const Item* original = bundled ? bundled->Find(id) : nullptr; original != nullptr && label != "catalog") {
      variants.push_back({"bundled", *original, {}});
    }
    variants.push_back({label, loaded, {}});
    if (!edits.empty()) {
      Result<Item> edited = ApplyEdits(session.model, session.catalog, session.params, loaded, edits, *date);
      if (!edited.ok()) {
        fmt::print(io.err, "chipgate whatif:\n{}", RenderText(edited.diagnostics, SourceSet{}));
        return kExitUsage;
      }
      variants.push_back({"what-if", std::move(*edited.value), {}});
    }
    for (auto& var : variants) var.decision = EvaluateVariant(session.model, session.catalog, session.params, var.item, vq);
    if (format == "json") {
      WriteWhatIfJson(w, view, variants);
    } else {
      fmt::print(io.out, "{}\n", WhatIfText(view, variants));
    }
  }
  if (format == "json") {
    w.EndArray().Key("destination");
    if (vq.destination) {
      w.String(vq.destination->ToString()).Field("end_user_hq_assumption", end_user->Key());
    } else {
      w.Null();
    }
    WriteProvenanceJson(w, session);
    w.EndObject();
    fmt::print(io.out, "{}\n", w.str());
  }
  return kExitOk;
}

}  // namespace chipgate::cli
