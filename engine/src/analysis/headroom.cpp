// Headroom for one item (see headroom.hpp): the thresholds from the item's own explanation, then
// the nearest verified flips of every spec some threshold depends on, and of datacenter.
#include "analysis/headroom.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "analysis/headroom_detail.hpp"

namespace chipgate {

std::string Spec::Name() const {
  switch (kind) {
    case Kind::kTpp: return "tpp";
    case Kind::kNumber: return std::string(InfoOf(field).key);
    case Kind::kDatacenter: return "datacenter";
  }
  return "";
}

std::string Spec::Unit() const {
  switch (kind) {
    case Kind::kTpp: return "TOPS*bit";
    case Kind::kNumber: return InfoOf(field).unit.ToString();
    case Kind::kDatacenter: return "";
  }
  return "";
}

Rational SpecStep(const Spec& spec) {
  const Rational hundredth = *Rational::Make(1, 100);
  const Rational tenth = *Rational::Make(1, 10);
  if (spec.kind != Spec::Kind::kNumber) return hundredth;
  const NumberFieldInfo& info = InfoOf(spec.field);
  if (info.integer || info.unit == units::kNm) return Rational(1);
  if (info.unit == units::kGBps || info.unit == units::kGtransistor) return tenth;
  return hundredth;
}

bool OutcomeDiffers(const FlipOutcome& a, const FlipOutcome& b, bool decision) {
  if (decision) return a.cell != b.cell;
  return a.classifications != b.classifications || a.undecided != b.undecided;
}

HeadroomReport Headroom(const Model& model, const Catalog& catalog, const ParamValues& params, const HeadroomQuery& query) {
  analysis::Prober prober(model, catalog, params, query);
  const Decision& base = prober.BaseDecision();
  const Item& item = catalog.items()[query.item];
  HeadroomReport report;
  report.item = item.id;
  report.date = query.date;
  report.destination = query.destination;
  report.end_user_hq = query.end_user_hq;
  report.current = prober.Base().outcome;
  report.metrics = base.metrics.values();
  const std::vector<Spec> all = analysis::AllSpecs();
  std::vector<std::string> undecided;
  const std::set<std::string> off = analysis::SwitchedOffRules(model, params);
  for (auto& f : analysis::CollectThresholds(model, base.explanation, all, analysis::ClassificationOnly(query), off, &undecided)) {
    report.thresholds.push_back(std::move(f.threshold));
  }
  for (auto& u : undecided) report.notes.push_back(std::move(u));
  if (!off.empty()) {
    std::string ids;
    for (const auto& id : off) ids += (ids.empty() ? "" : ", ") + id;
    report.notes.push_back(fmt::format("not tested: rules switched off by a param ({}); --param NAME=true includes them", ids));
  }
  for (const auto& spec : all) {
    const bool tested = spec.kind == Spec::Kind::kDatacenter ||
                        std::any_of(report.thresholds.begin(), report.thresholds.end(), [&](const Threshold& t) {
                          return std::find(t.specs.begin(), t.specs.end(), spec) != t.specs.end();
                        });
    if (!tested) continue;
    if (spec.kind != Spec::Kind::kDatacenter && !prober.Current(spec)) {
      report.notes.push_back(fmt::format("{} is not known for {}: thresholds on it cannot be placed", spec.Name(), item.id));
      continue;
    }
    report.specs.push_back(spec);
    for (auto& f : analysis::NearestFlips(prober, spec, false)) report.classification_flips.push_back(std::move(f));
    if (!query.destination) continue;
    for (auto& f : analysis::NearestFlips(prober, spec, true)) report.decision_flips.push_back(std::move(f));
  }
  if (item.kind == ItemKind::kSystem) {
    report.notes.push_back("a system is classified by the items it contains; run headroom on those to see their thresholds");
  }
  report.evaluations = prober.evaluations();
  return report;
}

}  // namespace chipgate
