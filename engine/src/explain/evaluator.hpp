// The explaining evaluator's core: expression values over one catalog item on one date, with
// optional explanation nodes, plus per-item caches of metric and classification values (a
// system's classification evaluates its contained items).
#pragma once

#include <map>
#include <optional>
#include <utility>

#include "chipgate/decision.hpp"
#include "explain/explain.hpp"
#include "explain/value.hpp"

namespace chipgate::explain {

class Evaluator {
 public:
  // `query` may be null when only the item is evaluated (classification).
  Evaluator(const Model& model, const Catalog& catalog, const ParamValues& params, Date date, const Query* query)
      : model_(model), catalog_(catalog), params_(params), date_(date), query_(query) {}

  const Model& model() const { return model_; }
  const Catalog& catalog() const { return catalog_; }
  Date date() const { return date_; }
  bool InForce(const RuleInfo& info) const { return info.in_force.Contains(date_); }

  // Value of a node for `item`; appends an explanation child to `out` when it is not null.
  Value Eval(NodeId node, std::size_t item, Explanation* out, std::optional<Precision> p = std::nullopt);

  Value Metric(std::size_t item, std::uint32_t metric);
  MetricValue DescribeMetric(std::size_t item, std::uint32_t metric);
  // Whether classification `eccn` holds for `item` on the date (rules in force, minus notes).
  Value Eccn(std::size_t item, std::uint32_t eccn);
  // The same, with the rules and notes consulted.
  Explanation ExplainEccn(std::size_t item, std::uint32_t eccn);

  // The country a query country counts as on the date (Hong Kong → China), and whether it does.
  CountryCode Treated(CountryCode c) const;
  // Membership of a (treated) country in a collection node on the date.
  bool InCountrySet(NodeId set, CountryCode c) const;

  // The expression with the item's values substituted ("1978.9 * 8").
  std::string Render(NodeId node, std::size_t item, std::optional<Precision> p);

 private:
  Value EvalScalar(const Node& n, std::size_t item, Explanation* out, std::optional<Precision> p);
  Value EvalLogic(const Node& n, std::size_t item, Explanation* out, std::optional<Precision> p);
  Value EvalCompare(const Node& n, std::size_t item, Explanation* out, std::optional<Precision> p);
  Value EvalIn(const Node& n, std::size_t item, Explanation* out, std::optional<Precision> p);
  Value EvalAggregate(const Node& n, std::size_t item, Explanation* out);
  Value EvalArith(const Node& n, std::size_t item, Explanation* out, std::optional<Precision> p);
  Value EvalContains(const Node& n, std::size_t item, Explanation* out);
  Value Attr(const Item& it, ItemAttr attr) const;
  bool InStrings(NodeId set, const std::string& s) const;

  const Model& model_;
  const Catalog& catalog_;
  const ParamValues& params_;
  Date date_;
  const Query* query_;
  std::map<std::pair<std::size_t, std::uint32_t>, Value> metric_cache_;
  std::map<std::pair<std::size_t, std::uint32_t>, Value> eccn_cache_;
  int contains_depth_ = 0;
};

}  // namespace chipgate::explain
