// Headroom (`chipgate headroom`): how far an item sits from every threshold it is tested
// against, and the nearest single change of a design spec that would change its classification
// (and, for a destination, the license determination there), in each direction.
//
// Nothing here lists thresholds. They are read from the explanation of the item's own
// evaluation: every numeric comparison node (`tpp >= 4800`, `2400 <= tpp`, `pd < 5.92`) whose
// one side depends on a spec. The dependency and its inverse are read from the rules' checked
// expressions: `pd = tpp / die_area_mm2` gives die area = tpp / threshold, `io_transfer_rate =
// interconnect_bidir_gbps + host_io_bidir_gbps` gives interconnect = threshold - host. So when a
// rule file changes, headroom follows.
//
// Specs and their resolution steps (the grid a flip value lies on):
//   tpp                    0.01 TOPS*bit  every dense TOPS figure scaled by one factor
//   *_mm2 fields           0.01 mm2       die_area_mm2, package_area_mm2
//   *_gbps fields          0.1 GB/s       interconnect, host I/O, memory bandwidth
//   process_nm             1 nm
//   transistors_billion    0.1 billion
//   datacenter             true / false
// A flip value is the first grid value past the boundary under the comparison's own operator
// (>= includes the boundary, > does not). Every flip is verified by re-evaluating the changed
// item: its outcome must differ, and the value one step back toward the current one must not;
// a candidate that fails either test is dropped, never reported.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "catalog/catalog.hpp"
#include "chipgate/decision.hpp"
#include "analysis/decision_cell.hpp"
#include "check/model.hpp"
#include "eval/params.hpp"

namespace chipgate {

struct Spec {
  enum class Kind : std::uint8_t { kTpp, kNumber, kDatacenter };
  Kind kind = Kind::kTpp;
  NumberField field = NumberField::kDieAreaMm2;  // kNumber

  std::string Name() const;  // "tpp", "die_area_mm2", "datacenter"
  std::string Unit() const;  // "TOPS*bit", "mm2", "GB/s", ""
  friend bool operator==(const Spec&, const Spec&) = default;
};

// The resolution step of a numeric spec (see the table above).
Rational SpecStep(const Spec& spec);

struct HeadroomQuery {
  std::size_t item = 0;                      // index in the catalog
  Date date;
  std::optional<CountryCode> destination;    // absent: the classification only
  std::optional<CountryCode> end_user_hq;    // with a destination; absent = unknown
  std::optional<CountryCode> exporter_hq;
};

// One threshold the item was tested against, normalized so the item's quantity is on the left:
// `2400 <= tpp` becomes `tpp >= 2400`.
struct Threshold {
  ExplainSection section = ExplainSection::kClassification;  // where the rule is: classification, requirements, ...
  std::string rule_id;     // "ear.3a090.b.1"
  std::string paragraph;   // "3A090.b.1" for a classification rule, else the rule id
  std::string quantity;    // "tpp"
  CmpOp op = CmpOp::kGe;
  std::string limit_text;  // "2400"
  Rational value;          // the item's quantity
  Rational limit;          // the threshold
  std::string unit;        // "TOPS*bit"
  bool holds = false;
  std::vector<Spec> specs;  // the adjustable specs the quantity depends on
};

// What a flip must change: the classification paragraphs (and the undecided ones), and with a
// destination the license determination cell.
struct FlipOutcome {
  std::vector<std::string> classifications;
  std::vector<std::string> undecided;
  std::vector<std::string> criteria;  // shown, not compared
  std::optional<DecisionCell> cell;
};

struct Flip {
  Spec spec;
  bool up = false;          // raising the spec (datacenter: false -> true)
  Rational from;            // the current value (datacenter: 0 or 1)
  Rational to;              // the flip value
  Rational step_back;       // one step toward `from`, verified to keep the current outcome
  std::string crossing;     // the threshold whose boundary gave the value: "3A090.b.1 (ear.3a090.b.1): tpp >= 2400"
  FlipOutcome before;
  FlipOutcome after;
  bool from_known = true;   // false: the catalog does not say (datacenter absent); `from` is then the other value
};

struct HeadroomReport {
  std::string item;
  Date date;
  std::optional<CountryCode> destination;
  std::optional<CountryCode> end_user_hq;
  FlipOutcome current;
  std::vector<MetricValue> metrics;
  std::vector<Threshold> thresholds;          // classification first, then the destination's
  std::vector<Flip> classification_flips;     // per spec: nearest down, then nearest up
  std::vector<Flip> decision_flips;           // with a destination
  std::vector<Spec> specs;                    // the specs varied (those some threshold depends on, and datacenter)
  std::vector<std::string> notes;             // specs that could not be varied, and why
  std::size_t evaluations = 0;                // re-evaluations made (candidates and checks)
};

// Preconditions: query.item indexes `catalog`; the date is covered by the rules.
HeadroomReport Headroom(const Model& model, const Catalog& catalog, const ParamValues& params, const HeadroomQuery& query);

// Whether the classification (paragraphs and undecided ones) differs, or, when `decision`, the
// license determination cell.
bool OutcomeDiffers(const FlipOutcome& a, const FlipOutcome& b, bool decision);

}  // namespace chipgate
