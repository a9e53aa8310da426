// The explaining evaluator: walks the checked model for one query and records every rule it
// consulted, the values compared, the margins and the citations. It is the reference semantics;
// the compiled fast path (evaluate.hpp) must agree with it, and tests hold them to that.
#pragma once

#include "catalog/catalog.hpp"
#include "chipgate/decision.hpp"
#include "check/model.hpp"
#include "eval/params.hpp"
#include "chipgate/result.hpp"

namespace chipgate {

// One question for the evaluators, resolved to catalog and country indices.
struct Query {
  std::size_t item = 0;                     // index in the Catalog
  CountryCode destination;
  std::optional<CountryCode> end_user_hq;   // absent: unknown (rules that need it are indeterminate)
  std::optional<CountryCode> exporter_hq;
  Date date;
  Transaction transaction = Transaction::kExport;
  bool uae_approved_entity = false;         // stated by the user; absent means not approved
  std::optional<std::uint32_t> end_uses;    // bit per EndUse; absent: the end use was not stated
  std::optional<std::string> exporter;      // the exporting company; absent: the item's vendor

  // The value of a bool or string input (not a country): nothing when it is unknown.
  std::optional<bool> EndUseStated(EndUse e) const {
    if (!end_uses) return std::nullopt;
    return (*end_uses >> static_cast<unsigned>(e) & 1U) != 0;
  }
};

// Decision::missing of Explain(model, catalog, params, query) when that decision is not
// determined, computed the same way without the explanation, the classification, the metrics or
// the exceptions: what the fast path (engine/fast_decision.cpp) cannot name itself.
std::vector<std::string> MissingInputs(const Model& model, const Catalog& catalog, const ParamValues& params,
                                       const Query& query);

// Classification of one item on one date: the ECCN paragraphs that hold, with the explanation
// (destination fields of the returned Decision are left at their defaults).
Decision ClassifyItem(const Model& model, const Catalog& catalog, const ParamValues& params,
                      std::size_t item, Date date);

// The full license determination for one query. Preconditions: query.item indexes `catalog`;
// the date is within the rules' coverage (see CheckQueryDate).
Decision Explain(const Model& model, const Catalog& catalog, const ParamValues& params, const Query& query);

// Every metric the rules define, for one item, with its arithmetic (metrics do not depend on
// the date or the destination). What `catalog list/show` print as TPP and PD.
std::vector<MetricValue> ItemMetrics(const Model& model, const Catalog& catalog, const ParamValues& params,
                                     std::size_t item);

// An error message when `date` is before the earliest date the rules answer for.
std::optional<std::string> CheckQueryDate(const Model& model, Date date);

}  // namespace chipgate
