// What-if evaluation (`chipgate whatif`): an item with design changes, evaluated in place of the
// catalog item of the same id, so a designer can try a variant without writing a catalog file.
#pragma once

#include <optional>
#include <vector>

#include "catalog/catalog.hpp"
#include "chipgate/decision.hpp"
#include "check/model.hpp"
#include "eval/params.hpp"
#include "analysis/spec_override.hpp"

namespace chipgate {

struct VariantQuery {
  Date date;
  std::optional<CountryCode> destination;  // absent: the classification only
  std::optional<CountryCode> end_user_hq;
  std::optional<CountryCode> exporter_hq;
};

// `variant` evaluated in `catalog` with the item of the same id replaced (contained items come
// from the catalog): the full decision with a destination, else the classification. Precondition:
// the catalog holds an item with variant.id.
Decision EvaluateVariant(const Model& model, const Catalog& catalog, const ParamValues& params, const Item& variant,
                         const VariantQuery& query);

// `item` with `edits` applied in order; a `tpp=` edit scales to the TPP the rules compute for the
// item as edited so far. Errors (V0105) when an edit cannot be applied.
Result<Item> ApplyEdits(const Model& model, const Catalog& catalog, const ParamValues& params, const Item& item,
                        const std::vector<SpecEdit>& edits, Date date);

}  // namespace chipgate
