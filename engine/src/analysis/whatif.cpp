// What-if evaluation (see whatif.hpp): replace, evaluate, and apply edits with the rules' TPP.
#include "analysis/whatif.hpp"

#include "explain/explain.hpp"

namespace chipgate {
namespace {

Catalog Replaced(const Catalog& catalog, const Item& variant) {
  std::vector<Item> items = catalog.items();
  for (auto& it : items) {
    if (it.id == variant.id) it = variant;
  }
  return Catalog(std::move(items));
}

}  // namespace

Decision EvaluateVariant(const Model& model, const Catalog& catalog, const ParamValues& params, const Item& variant,
                         const VariantQuery& query) {
  const Catalog replaced = Replaced(catalog, variant);
  const std::size_t index = *replaced.IndexOf(variant.id);
  if (!query.destination) return ClassifyItem(model, replaced, params, index, query.date);
  Query q;
  q.item = index;
  q.destination = *query.destination;
  q.end_user_hq = query.end_user_hq;
  q.exporter_hq = query.exporter_hq;
  q.date = query.date;
  return Explain(model, replaced, params, q);
}

Result<Item> ApplyEdits(const Model& model, const Catalog& catalog, const ParamValues& params, const Item& item,
                        const std::vector<SpecEdit>& edits, Date date) {
  Result<Item> out;
  Item edited = item;
  for (const auto& edit : edits) {
    std::optional<Rational> tpp;
    if (edit.target == SpecEdit::Target::kTpp) {
      const auto role = model.FindMetric(MetricRole::kTpp);
      const auto metrics = EvaluateVariant(model, catalog, params, edited, {date, {}, {}, {}}).metrics;
      if (role && *role < metrics.size()) tpp = metrics[*role].value;
    }
    if (auto problem = ApplySpecEdit(edit, edited, tpp)) {
      out.diagnostics.push_back(std::move(*problem));
      return out;
    }
  }
  out.value = std::move(edited);
  return out;
}

}  // namespace chipgate
