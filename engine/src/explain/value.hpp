// Values of the explaining evaluator: a typed value that may be unknown (with the inputs whose
// absence made it so) or, inside a per-precision aggregate, skipped (an unsupported precision).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "chipgate/decision.hpp"
#include "explain/explain.hpp"

namespace chipgate::explain {

struct Value {
  Tri truth = Tri::kUnknown;           // conditions; for other types kTrue means "known"
  std::optional<Rational> number;
  std::string text;                    // strings
  std::optional<ItemKind> kind;
  std::optional<CountryCode> country;
  bool skip = false;                   // an absent precision inside max/min/sum
  std::vector<std::string> missing;

  bool known() const { return truth != Tri::kUnknown; }
  static Value Bool(bool b) {
    Value v;
    v.truth = b ? Tri::kTrue : Tri::kFalse;
    return v;
  }
  static Value Number(Rational r) {
    Value v;
    v.truth = Tri::kTrue;
    v.number = r;
    return v;
  }
  static Value Missing(std::string what) {
    Value v;
    v.missing.push_back(std::move(what));
    return v;
  }
};

// Appends `from`'s missing inputs to `to`, without duplicates.
void MergeMissing(std::vector<std::string>& to, const std::vector<std::string>& from);

// Exact decimal text for display: up to `digits` decimals, "≈" prefixed when rounded.
std::string Show(const Rational& r, int digits = 4);

}  // namespace chipgate::explain
