// Internals of headroom shared by its stages: reading thresholds out of an explanation, solving a
// threshold for one spec through the rules' own expressions, and re-evaluating changed items.
#pragma once

#include <map>
#include <set>
#include <optional>
#include <string>
#include <vector>

#include "analysis/headroom.hpp"
#include "explain/evaluator.hpp"

namespace chipgate::analysis {


// Whether the value of `node` changes when `spec` does (read from the checked expressions).
bool DependsOn(const Model& model, NodeId node, const Spec& spec);

// The value of `spec` at which `node` (evaluated for `item`) equals `target`, by inverting the
// expression one operation at a time; nothing when the expression is not invertible in the spec
// (the spec on both sides of an operation, a division by zero). For the TPP spec the answer is
// a TPP: every dense figure scales by one factor, so any sub-expression homogeneous in the dense
// figures (a max over precisions of dense x bits) scales by it too. `tpp_now` is the item's TPP.
std::optional<Rational> SolveSpec(explain::Evaluator& ev, std::size_t item, NodeId node, const Spec& spec,
                                  Rational target, const std::optional<Rational>& tpp_now);

// Rules that cannot hold whatever the item is, because their condition is a conjunction with a
// bool param that is off (`foundry and ...` while foundry=false). Their thresholds are not tested.
std::set<std::string> SwitchedOffRules(const Model& model, const ParamValues& params);

// A threshold and the operand node that depends on the item.
struct FoundThreshold {
  Threshold threshold;
  NodeId quantity = 0;
};

// Every numeric comparison under `root` (one section when `only_section` is set; never the
// metrics) with exactly one
// side depending on one of `specs`; deduplicated by (rule, quantity, operator, threshold). Those
// that could not be evaluated for missing data are described in `undecided` when it is given
// ("3A090.c (ear.3a090.c): hbm_bandwidth_density > 2 GB/s/mm2 is undecided (missing: package_area_mm2)").
std::vector<FoundThreshold> CollectThresholds(const Model& model, const Explanation& root,
                                              const std::vector<Spec>& specs, std::optional<ExplainSection> only_section,
                                              const std::set<std::string>& switched_off,
                                              std::vector<std::string>* undecided = nullptr);

// Rounding to a spec's resolution grid.
Rational GridFloor(Rational value, Rational step);
Rational GridCeil(Rational value, Rational step);

// Evaluates variants of one item (one spec changed) and reports their outcomes and the spec values
// at which their own thresholds lie.
class Prober {
 public:
  Prober(const Model& model, const Catalog& catalog, const ParamValues& params, const HeadroomQuery& query);

  // A spec value at which one of the variant's own thresholds lies.
  struct Boundary {
    Spec spec;
    Rational value;
    std::string crossing;  // "3A090.b.1: tpp >= 2400"
  };
  struct Result {
    bool valid = false;                 // the variant could be built (values fit, are plausible)
    FlipOutcome outcome;
    std::vector<Boundary> boundaries;   // for the spec varied (for the base: every spec)
  };
  // The item with `spec` set to `value` (datacenter: 0 or 1), evaluated; memoized.
  const Result& Probe(const Spec& spec, Rational value);
  // The unchanged item.
  const Result& Base() const { return base_; }
  const Decision& BaseDecision() const { return base_decision_; }
  std::optional<Rational> Current(const Spec& spec) const;
  std::size_t evaluations() const { return evaluations_; }

 private:
  Result Evaluate(const Item& variant, const std::vector<Spec>& specs, Decision* keep);
  std::optional<Item> Variant(const Spec& spec, Rational value) const;

  const Model& model_;
  const ParamValues& params_;
  HeadroomQuery query_;
  std::set<std::string> switched_off_;
  std::vector<Item> closure_;  // the item (first) and everything it contains
  std::optional<Rational> tpp_now_;
  Decision base_decision_;
  Result base_;
  std::map<std::pair<std::string, Rational>, Result> memo_;
  std::size_t evaluations_ = 0;
};

// Every spec headroom may vary: TPP, each number field in schema order, datacenter.
std::vector<Spec> AllSpecs();

// The nearest verified flips of `spec`, down then up, of the classification (`decision` false)
// or of the license determination (true).
std::vector<Flip> NearestFlips(Prober& prober, const Spec& spec, bool decision);

FlipOutcome OutcomeOf(const Decision& d, const Model& model, bool with_cell);

// Without a destination headroom is about the classification only.
inline std::optional<ExplainSection> ClassificationOnly(const HeadroomQuery& q) {
  if (q.destination) return std::nullopt;
  return ExplainSection::kClassification;
}

}  // namespace chipgate::analysis
