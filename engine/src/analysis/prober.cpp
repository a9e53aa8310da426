// Re-evaluating changed items for headroom (see headroom_detail.hpp). A variant is the item with
// one spec changed, evaluated in a catalog holding just it and what it contains, by the
// explaining evaluator, whose tree also says where the variant's own thresholds lie. Values a
// catalog file could not hold (implausible, or beyond exact arithmetic) are not design options
// and are refused rather than evaluated.
#include <fmt/format.h>

#include <algorithm>

#include "catalog/number_rule.hpp"
#include "explain/explain.hpp"
#include "analysis/spec_override.hpp"
#include "analysis/headroom_detail.hpp"

namespace chipgate::analysis {
namespace {

std::optional<Rational> TppOf(const Decision& d, const Model& model) {
  const auto tpp = model.FindMetric(MetricRole::kTpp);
  if (!tpp || *tpp >= d.metrics.size()) return std::nullopt;
  return d.metrics[*tpp].value;
}

std::string Crossing(const Threshold& t) {
  const std::string where = t.paragraph == t.rule_id ? t.rule_id : fmt::format("{} ({})", t.paragraph, t.rule_id);
  return fmt::format("{}: {} {} {}", where, t.quantity, CmpOpText(t.op), t.limit_text);
}

}  // namespace

std::vector<Spec> AllSpecs() {
  std::vector<Spec> specs = {{Spec::Kind::kTpp, NumberField::kDieAreaMm2}};
  for (const auto& info : NumberFields()) specs.push_back({Spec::Kind::kNumber, info.field});
  specs.push_back({Spec::Kind::kDatacenter, NumberField::kDieAreaMm2});
  return specs;
}

FlipOutcome OutcomeOf(const Decision& d, const Model& model, bool with_cell) {
  FlipOutcome o;
  o.classifications = d.classifications;
  o.undecided = d.unknown_classifications;
  o.criteria = d.criteria;
  if (with_cell) o.cell = CellOf(d, model);
  return o;
}

Prober::Prober(const Model& model, const Catalog& catalog, const ParamValues& params, const HeadroomQuery& query)
    : model_(model), params_(params), query_(query), switched_off_(SwitchedOffRules(model, params)) {
  closure_.push_back(catalog.items()[query.item]);
  for (std::size_t i = 0; i < closure_.size(); ++i) {
    const std::vector<Contained> contains = closure_[i].contains;
    for (const auto& c : contains) {
      const Item* child = catalog.Find(c.item);
      const bool have = std::any_of(closure_.begin(), closure_.end(), [&](const Item& it) { return it.id == c.item; });
      if (child != nullptr && !have) closure_.push_back(*child);
    }
  }
  base_ = Evaluate(closure_.front(), AllSpecs(), &base_decision_);
  tpp_now_ = TppOf(base_decision_, model_);
}

std::optional<Rational> Prober::Current(const Spec& spec) const {
  const Item& item = closure_.front();
  switch (spec.kind) {
    case Spec::Kind::kTpp: return tpp_now_;
    case Spec::Kind::kNumber: return item.number(spec.field);
    case Spec::Kind::kDatacenter:
      if (!item.datacenter) return std::nullopt;
      return Rational(*item.datacenter ? 1 : 0);
  }
  return std::nullopt;
}

std::optional<Item> Prober::Variant(const Spec& spec, Rational value) const {
  Item item = closure_.front();
  switch (spec.kind) {
    case Spec::Kind::kDatacenter: item.datacenter = !value.IsZero(); return item;
    case Spec::Kind::kNumber:
      if (catalog_detail::CheckNumber(catalog_detail::RuleOf(InfoOf(spec.field)), InfoOf(spec.field).key, value, Span{})) return std::nullopt;
      item.numbers[static_cast<std::size_t>(spec.field)] = value;
      return item;
    case Spec::Kind::kTpp: {
      if (!tpp_now_ || tpp_now_->IsZero() || value.IsNegative() || value.IsZero()) return std::nullopt;
      const auto factor = Rational::Div(value, *tpp_now_);
      if (!factor || !ScaleTops(item, factor->Reduced())) return std::nullopt;
      return item;
    }
  }
  return std::nullopt;
}

Prober::Result Prober::Evaluate(const Item& variant, const std::vector<Spec>& specs, Decision* keep) {
  std::vector<Item> items = closure_;
  items.front() = variant;
  const Catalog catalog(std::move(items));
  const std::size_t index = *catalog.IndexOf(variant.id);
  Query q;
  q.item = index;
  q.date = query_.date;
  q.end_user_hq = query_.end_user_hq;
  q.exporter_hq = query_.exporter_hq;
  if (query_.destination) q.destination = *query_.destination;
  Decision d = query_.destination ? Explain(model_, catalog, params_, q) : ClassifyItem(model_, catalog, params_, index, query_.date);
  ++evaluations_;
  Result r;
  r.valid = true;
  r.outcome = OutcomeOf(d, model_, query_.destination.has_value());
  const auto found = CollectThresholds(model_, d.explanation, specs, ClassificationOnly(query_), switched_off_);
  explain::Evaluator ev(model_, catalog, params_, query_.date, &q);
  const std::optional<Rational> tpp = TppOf(d, model_);
  for (const auto& f : found) {
    for (const auto& spec : f.threshold.specs) {
      if (const auto x = SolveSpec(ev, index, f.quantity, spec, f.threshold.limit, tpp)) {
        r.boundaries.push_back({spec, *x, Crossing(f.threshold)});
      }
    }
  }
  if (keep != nullptr) *keep = std::move(d);
  return r;
}

const Prober::Result& Prober::Probe(const Spec& spec, Rational value) {
  const auto key = std::make_pair(spec.Name(), value);
  if (const auto it = memo_.find(key); it != memo_.end()) return it->second;
  Result r;
  if (const auto variant = Variant(spec, value)) r = Evaluate(*variant, {spec}, nullptr);
  return memo_.emplace(key, std::move(r)).first->second;
}

}  // namespace chipgate::analysis
