// Engine::WhatIf (see chipgate/engine.hpp): each requested item side by side with its variants,
// rendered as `chipgate whatif` prints them. The bundled catalog is read again only when an item
// came from another catalog layer, so that the bundled item can be shown next to it.
#include <filesystem>

#include "analysis/spec_override.hpp"
#include "analysis/whatif.hpp"
#include "engine/end_user_choice.hpp"
#include "engine/request_errors.hpp"
#include "engine/state.hpp"
#include "render/whatif_render.hpp"

namespace chipgate {
namespace {

Result<std::vector<SpecEdit>> ParseChanges(const std::vector<std::string>& changes) {
  std::vector<SpecEdit> edits;
  for (const auto& text : changes) {
    Result<SpecEdit> edit = ParseSpecEdit(text);
    if (!edit.ok()) {
      for (auto& d : edit.diagnostics) d.field = "changes";
      return ForwardFailure<std::vector<SpecEdit>>(edit);
    }
    edits.push_back(std::move(*edit.value));
  }
  return Succeed(std::move(edits));
}

// Compared as normalised paths: the data folder may be given as "dir/" or "dir/./".
bool FromBundledCatalog(const Engine::State& s, const Item& item) {
  const std::filesystem::path file = std::filesystem::path(s.sources.file(item.span.file).path()).lexically_normal();
  const std::filesystem::path relative = file.lexically_relative(std::filesystem::path(s.bundled_catalog_dir).lexically_normal());
  return !relative.empty() && *relative.begin() != "..";
}

// The variants' column labels: where each one came from.
std::string SourceLabel(const Engine::State& s, const Item& item) {
  if (FromBundledCatalog(s, item)) return "catalog";
  return std::filesystem::path(s.sources.file(item.span.file).path()).filename().string();
}

}  // namespace

Result<std::string> Engine::WhatIf(const WhatIfRequest& request, Format format) const {
  const State& s = *state_;
  if (request.items.empty()) return FailWith<std::string>(FieldDiagnostic("Q0101", "item", "name at least one item"));
  std::vector<std::size_t> items;
  for (const auto& id : request.items) {
    Result<std::size_t> index = ResolveItem(s, id);
    if (!index.ok()) return ForwardFailure<std::string>(index);
    items.push_back(*index);
  }
  Result<std::vector<SpecEdit>> edits = ParseChanges(request.changes);
  if (!edits.ok()) return ForwardFailure<std::string>(edits);
  Result<Date> date = ResolveDate(s, request.date);
  if (!date.ok()) return ForwardFailure<std::string>(date);
  Result<render::EndUserChoice> end_user = ResolveEndUserChoice(request.end_user_hq);
  if (!end_user.ok()) return ForwardFailure<std::string>(end_user);
  VariantQuery query;
  query.date = *date;
  for (const auto& [text, field, name] : {std::tuple{&request.destination, &query.destination, "destination"},
                                          std::tuple{&request.exporter_hq, &query.exporter_hq, "exporter_hq"}}) {
    if (text->empty()) continue;
    Result<CountryCode> code = ResolveCountry(*text, name);
    if (!code.ok()) return ForwardFailure<std::string>(code);
    *field = *code;
  }
  if (query.destination) query.end_user_hq = end_user->For(*query.destination);

  std::optional<Catalog> bundled;
  SourceSet bundled_sources;
  for (const std::size_t index : items) {
    if (bundled || FromBundledCatalog(s, s.catalog.items()[index])) continue;
    Result<Catalog> loaded = LoadCatalog({s.bundled_catalog_dir}, bundled_sources);
    if (loaded.ok()) bundled = std::move(*loaded.value);
    break;  // without the bundled catalog the loaded item is shown alone
  }
  std::vector<std::vector<render::Variant>> compared;
  for (const std::size_t index : items) {
    const Item& loaded = s.catalog.items()[index];
    std::vector<render::Variant> variants;
    if (const Item* original = bundled ? bundled->Find(loaded.id) : nullptr; original != nullptr && !FromBundledCatalog(s, loaded)) {
      variants.push_back({"bundled", *original, {}});
    }
    variants.push_back({SourceLabel(s, loaded), loaded, {}});
    if (!edits->empty()) {
      Result<Item> edited = ApplyEdits(s.model, s.catalog, s.params, loaded, *edits, *date);
      if (!edited.ok()) {
        for (auto& d : edited.diagnostics) d.field = "changes";
        return ForwardFailure<std::string>(edited);
      }
      variants.push_back({"what-if", std::move(*edited.value), {}});
    }
    for (auto& variant : variants) variant.decision = EvaluateVariant(s.model, s.catalog, s.params, variant.item, query);
    compared.push_back(std::move(variants));
  }
  const render::WhatIfView view{s, *date, query.destination, *end_user, request.changes};
  return Succeed(format == Format::kJson ? render::WhatIfJson(view, compared) : render::WhatIfText(view, compared));
}

}  // namespace chipgate
