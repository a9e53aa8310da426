// What changes between two dates, or between two rule trees on one date (`chipgate diff`): every
// product whose classification or whose decision for some destination differs, and the cause.
//
// A cause is a difference in the rules themselves: a rule in force on one date and not the
// other, a country that joins or leaves a group between the dates, a `treat` that starts or
// ends; between two trees, a rule or group or definition added, removed or edited. A change is
// attributed to a rule cause when that rule holds (or may hold) on either side of that very
// decision, as the explaining evaluator records it, or when its outcome differs between the
// sides; to a membership cause when the country is the destination or the end user's
// headquarters. Each change also names the rules whose own outcome differs between the sides
// (`via`: a country leaving D:5 changes the headquarters rule and the NAC/ACA exceptions, not
// their text). The report is sorted (items by id, destinations by code, causes by kind and
// id) so that it can be kept and reviewed in version control.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "catalog/catalog.hpp"
#include "analysis/decision_cell.hpp"
#include "check/model.hpp"
#include "eval/params.hpp"
#include "analysis/screen.hpp"

namespace chipgate {

// One side's rules. `sources` holds the rule files (to compare rule texts between trees).
struct RuleTree {
  const Model* model = nullptr;
  const ParamValues* params = nullptr;
  const SourceSet* sources = nullptr;
};

enum class CauseKind : std::uint8_t {
  kRuleForce,     // a rule in force on one date only
  kMembership,    // a country in a group on one date (or in one tree) only
  kTreat,         // a `treat` substitution in force on one date only
  kRuleAdded,     // in tree B only
  kRuleRemoved,   // in tree A only
  kRuleEdited,    // in both trees, with different text
  kDefinition,    // a set, metric, table or param whose text differs between the trees
};

struct Cause {
  CauseKind kind = CauseKind::kRuleForce;
  std::string id;                      // rule id, group name, or definition name
  std::optional<CountryCode> country;  // kMembership, kTreat
  bool on_b = false;                   // in force (a member) on side B, not A
  std::string text;                    // one line for people
  std::vector<std::string> cites;
  bool used = false;                   // attributed to at least one change
};

struct DestinationChange {
  CountryCode destination;
  DecisionCell before;                 // in side A's model
  DecisionCell after;                  // in side B's model
  std::vector<std::size_t> causes;     // indices into DiffReport::causes, ascending
  std::vector<std::string> via;        // rules whose outcome differs between the sides, sorted
};

struct ItemChange {
  std::string item;
  std::vector<std::string> classifications_before;  // paragraphs, then criteria, then "?"-undecided
  std::vector<std::string> classifications_after;
  std::vector<std::size_t> classification_causes;
  std::vector<std::string> classification_via;      // classification rules whose outcome differs
  std::vector<DestinationChange> destinations;      // by destination code
  bool ClassificationChanged() const { return classifications_before != classifications_after; }
};

struct DiffReport {
  std::vector<Cause> causes;  // sorted by kind, id, country
  std::vector<ItemChange> items;  // by item id; only items with a change
  std::size_t products = 0;
  std::size_t destinations = 0;
};

struct DiffOptions {
  std::vector<std::size_t> items;          // catalog indices; empty = every item
  EndUserAssumption end_user = EndUserAssumption::kLocal;
  std::optional<CountryCode> end_user_hq;  // kFixed
  std::optional<CountryCode> exporter_hq;
};

// The same rules on two dates. Preconditions: both dates are covered.
DiffReport DiffDates(const RuleTree& tree, const Catalog& catalog, Date from, Date to, const DiffOptions& options);
// Two rule trees on one date (a draft edit against the rules in force).
DiffReport DiffTrees(const RuleTree& a, const RuleTree& b, const Catalog& catalog, Date date, const DiffOptions& options);

}  // namespace chipgate
