// Design variants without a catalog file: `field=value` edits applied to a copy of an item
// (`chipgate whatif --set`), and the primitive that headroom also uses, scaling every dense
// TOPS figure by one factor so that TPP moves while the datasheet's precision mix stays as it is.
//
// Edits are checked the way the catalog loader checks a file (the same plausibility bounds and
// the same rule that unknown is absent, never zero), so a variant is as valid as a catalog item.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "catalog/catalog.hpp"
#include "chipgate/rational.hpp"
#include "chipgate/result.hpp"

namespace chipgate {

struct SpecEdit {
  enum class Target : std::uint8_t {
    kNumber,      // a top-level number field: die_area_mm2=700
    kDense,       // one dense TOPS figure: dense_tops.fp8=296
    kDatacenter,  // datacenter=true|false
    kTpp,         // tpp=4799.99: scale every dense TOPS figure to reach that TPP
  };
  Target target = Target::kNumber;
  NumberField field = NumberField::kDieAreaMm2;  // kNumber
  Precision precision = Precision::kFp8;         // kDense
  std::optional<Rational> number;                // kNumber, kDense, kTpp; absent = "unknown"
  bool datacenter = false;                       // kDatacenter
  std::string text;                              // the assignment as given
};

// Parses one `field=value` assignment. `value` may be `unknown` for a number field or a dense
// figure (the variant then lacks it, and the rules fail closed). Errors name the accepted fields
// (V0101 malformed, V0102 unknown field, V0103 not a value of the field's type) or, for an
// implausible figure, carry the catalog loader's own code and bound (C0109-C0111).
Result<SpecEdit> ParseSpecEdit(std::string_view assignment);

// Multiplies every dense (and sparse) TOPS figure by `factor` > 0. Returns false, leaving the
// item unchanged, if a product does not fit a Rational.
bool ScaleTops(Item& item, Rational factor);

// Applies `edit` to `item`. `current_tpp` is the item's TPP under the rules in use (the `tpp`
// metric), needed only by a kTpp edit; a kTpp edit fails (V0105) when it is unknown or zero, or
// when the scaled figures do not fit.
std::optional<Diagnostic> ApplySpecEdit(const SpecEdit& edit, Item& item, const std::optional<Rational>& current_tpp);

// Every accepted field name, for help text: the number fields, `dense_tops.<precision>`,
// `datacenter`, `tpp`.
std::string SpecEditFieldList();

}  // namespace chipgate
