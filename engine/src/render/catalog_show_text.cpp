// `catalog show` as text (see catalog_show.hpp): sections of aligned "key  value" lines.
#include <fmt/format.h>

#include "render/catalog_format.hpp"
#include "render/catalog_show.hpp"

namespace chipgate::render {
namespace {

void Line(std::string& out, std::string_view key, std::string_view value) {
  out += fmt::format("  {:<24} {}\n", key, value);
}

void Identity(std::string& out, const Item& item) {
  out += fmt::format("{}: {}\n", item.id, item.name);
  Line(out, "vendor", item.vendor);
  Line(out, "kind", ItemKindKey(item.kind));
  Line(out, "datacenter", DatacenterText(item.datacenter));
  Line(out, "memory_type", item.memory_type.empty() ? "-" : item.memory_type);
  Line(out, "vendor_eccn", item.vendor_eccn.empty() ? "- (no vendor statement recorded)" : fmt::format("{} ({})", item.vendor_eccn, item.vendor_eccn_source));
  Line(out, "mass_market_encryption", item.mass_market_encryption ? (*item.mass_market_encryption ? "true" : "false") : "- (no 740.17(b) classification recorded)");
  Line(out, "confidence", item.confidence.empty() ? "-" : item.confidence);
}

void Numbers(std::string& out, const Item& item) {
  out += "figures (- = unknown)\n";
  for (const NumberFieldInfo& info : NumberFields()) {
    const auto& value = item.number(info.field);
    const std::string text = value ? fmt::format("{} {}", MetricText(value), info.unit.ToString()) : "-";
    Line(out, info.key, text);
  }
}

void Tops(std::string& out, const char* title,
          const std::array<std::optional<Rational>, kPrecisionCount>& tops) {
  out += title;
  bool any = false;
  for (std::size_t i = 0; i < kPrecisionCount; ++i) {
    if (!tops[i]) continue;
    Line(out, PrecisionKey(static_cast<Precision>(i)), MetricText(tops[i]) + " TOPS");
    any = true;
  }
  if (!any) out += "  (none)\n";
}

// The metrics as the rules define them, with the conventions (params) they were computed under.
void Derived(std::string& out, const ItemFigures& figures, const Model& model, const ParamValues& params) {
  std::string conventions;
  for (std::size_t i = 0; i < model.params.size(); ++i) {
    const ParamSym& p = model.params[i];
    conventions += fmt::format("{}{} = {}", conventions.empty() ? "" : ", ", p.name,
                               p.type == Type::kBool ? (params.bools[i] ? "true" : "false") : params.numbers[i].ToString());
  }
  out += fmt::format("derived by the rules ({})\n", conventions);
  for (const MetricValue& m : figures.metrics) {
    out += fmt::format("  {} = {}\n", m.name, MetricLine(m));
    for (const MetricTerm& t : m.terms) {
      out += fmt::format("        {:<5} {} = {}\n", PrecisionKey(t.precision), t.arithmetic, t.value.ToString(6));
    }
  }
}

void Contents(std::string& out, const Item& item, const Catalog& catalog) {
  if (item.contains.empty()) return;
  out += "contains\n";
  for (const Contained& c : item.contains) {
    const Item* part = catalog.Find(c.item);
    out += fmt::format("  {} × {} ({})\n", c.count, c.item, part != nullptr ? part->name : "?");
  }
}

void Provenance(std::string& out, const Item& item, const SourceSet& sources) {
  out += "sources\n";
  for (const SourceRef& s : item.sources) {
    out += s.url.empty() ? fmt::format("  - {}\n", s.title) : fmt::format("  - {} <{}>\n", s.title, s.url);
  }
  if (!item.notes.empty()) out += fmt::format("notes\n  {}\n", item.notes);
  out += fmt::format("file\n  {}\n", sources.file(item.span.file).path());
}

}  // namespace

std::string ShowText(const Item& item, const Catalog& catalog, const ItemFigures& figures, const Model& model,
                     const ParamValues& params, const SourceSet& sources) {
  std::string out;
  Identity(out, item);
  Numbers(out, item);
  Tops(out, "dense TOPS (no sparsity)\n", item.dense_tops);
  Tops(out, "sparse TOPS\n", item.sparse_tops);
  Derived(out, figures, model, params);
  Contents(out, item, catalog);
  Provenance(out, item, sources);
  return out;
}

}  // namespace chipgate::render
