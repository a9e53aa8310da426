// What an evaluation answers: the query (item, destination, end user, exporter, date) and the
// Decision with its reasons and its explanation tree.
//
// Three-valued logic throughout: a condition over missing data is kUnknown, and any unknown
// that could change the answer makes the decision indeterminate, naming what is missing. No
// path turns "unknown" into "no license required".
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "chipgate/catalog.hpp"
#include "chipgate/country.hpp"
#include "chipgate/date.hpp"
#include "chipgate/model.hpp"
#include "chipgate/params.hpp"
#include "chipgate/rational.hpp"

namespace chipgate {

enum class Tri : std::uint8_t { kFalse, kTrue, kUnknown };
const char* TriName(Tri t);  // "false" | "true" | "unknown"

// Kleene's three-valued connectives: false absorbs `and`, true absorbs `or`, else unknown wins.
constexpr Tri TriAnd(Tri a, Tri b) {
  if (a == Tri::kFalse || b == Tri::kFalse) return Tri::kFalse;
  return a == Tri::kUnknown || b == Tri::kUnknown ? Tri::kUnknown : Tri::kTrue;
}
constexpr Tri TriOr(Tri a, Tri b) {
  if (a == Tri::kTrue || b == Tri::kTrue) return Tri::kTrue;
  return a == Tri::kUnknown || b == Tri::kUnknown ? Tri::kUnknown : Tri::kFalse;
}

struct Query {
  std::size_t item = 0;                     // index in the Catalog
  CountryCode destination;
  std::optional<CountryCode> end_user_hq;   // absent: unknown (rules that need it are indeterminate)
  std::optional<CountryCode> exporter_hq;
  Date date;
};

// A numeric comparison as the explanation shows it: "tpp >= 4800: 2368 is 2432 below 4800".
struct Comparison {
  std::string lhs_text;
  std::string rhs_text;
  std::optional<Rational> lhs;
  std::optional<Rational> rhs;
  CmpOp op = CmpOp::kGe;
  std::string unit;
  Tri result = Tri::kUnknown;
};

enum class ExplainKind : std::uint8_t {
  kSection,     // a part of the decision (classification, requirements, ...)
  kRule,        // one rule and its outcome
  kCondition,   // and / or / not
  kComparison,  // a numeric test with its margin
  kMembership,  // destination in a country group
  kAttribute,   // an item attribute test (kind, datacenter, vendor)
  kReference,   // a classification or param used in a condition
};

struct Explanation {
  ExplainKind kind = ExplainKind::kCondition;
  std::string label;                 // what was evaluated ("3A090.a.1: TPP of 4800 or more")
  Tri value = Tri::kUnknown;
  std::string detail;                // the arithmetic or the comparison with its margin
  std::optional<Comparison> comparison;
  std::string rule_id;               // when this node is a rule
  std::vector<std::string> cites;
  std::vector<std::string> missing;  // inputs that made this node unknown
  std::vector<Explanation> children;
};

// One precision's term of a per-precision aggregate (max over precisions of dense x bits).
struct MetricTerm {
  Precision precision = Precision::kFp64;
  Rational value;
  std::string arithmetic;            // "1978.9 TOPS x 8 bit"
};

struct MetricValue {
  std::string name;
  std::string title;
  std::optional<Rational> value;
  std::string unit;
  std::string arithmetic;            // "max [fp8: 1978.9 TOPS x 8 bit] = 15831.2"
  std::vector<std::string> missing;
  std::vector<std::string> cites;
  std::vector<MetricTerm> terms;     // for max/min/sum over precisions: every supported precision
  std::vector<Precision> winners;    // the precisions attaining a max or min
};

struct Reason {
  std::string rule_id;
  std::string kind;                  // "classification", "requirement", "review", "exception", "note"
  std::string text;
  std::vector<std::string> cites;
  std::string status;                // rule status when not in force normally ("unconfirmed", ...)
};

struct ExceptionOutcome {
  std::string code;                  // "NAC"
  std::string rule_id;
  std::string title;
  Tri available = Tri::kUnknown;
  std::string requires_text;
  std::vector<std::string> cites;
};

struct Decision {
  std::string item;
  CountryCode destination;
  std::optional<CountryCode> end_user_hq;
  std::optional<CountryCode> exporter_hq;
  Date date;
  std::optional<CountryCode> destination_treated_as;  // Hong Kong → China
  bool determined = false;
  std::vector<std::string> classifications;  // "3A090.a"
  std::vector<std::string> criteria;         // "3A090.a.1"
  std::vector<std::string> unknown_classifications;
  Tri license_required = Tri::kUnknown;
  ReviewPolicy review = ReviewPolicy::kNone;
  bool review_known = true;
  std::vector<ExceptionOutcome> exceptions;  // every exception in force that is not ruled out
  std::vector<std::string> triggered;        // requirement ids that hold
  std::vector<Reason> reasons;
  std::vector<std::string> missing;          // inputs whose absence made the decision indeterminate
  std::vector<MetricValue> metrics;
  Explanation explanation;

  // The exception codes that certainly apply ("NAC").
  std::vector<std::string> AvailableExceptions() const;
};

}  // namespace chipgate
