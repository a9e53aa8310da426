// Epoch boundaries: every date on which anything in the model starts or stops applying.
#include "compile/epochs.hpp"

#include <algorithm>

namespace chipgate::compile {
namespace {

void Add(std::vector<Date>& out, const Interval& i) {
  out.push_back(i.from);
  if (i.until) out.push_back(*i.until);
}

}  // namespace

std::vector<Interval> Epochs(const Model& m) {
  std::vector<Date> cuts;
  for (const auto& r : m.classify_rules) Add(cuts, r.info.in_force);
  for (const auto& r : m.notes) Add(cuts, r.info.in_force);
  for (const auto& r : m.requirements) Add(cuts, r.info.in_force);
  for (const auto& r : m.overrides) Add(cuts, r.info.in_force);
  for (const auto& r : m.exceptions) Add(cuts, r.info.in_force);
  for (const auto& g : m.groups) {
    for (const auto& member : g.members) Add(cuts, member.interval);
  }
  for (const auto& t : m.treats) Add(cuts, t.interval);
  const Date start = m.coverage_from ? *m.coverage_from : Date::FromCivil(1900, 1, 1);
  cuts.push_back(start);
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  std::vector<Interval> epochs;
  for (std::size_t i = 0; i < cuts.size(); ++i) {
    if (cuts[i] < start) continue;
    Interval e{cuts[i], std::nullopt};
    if (i + 1 < cuts.size()) e.until = cuts[i + 1];
    epochs.push_back(e);
  }
  return epochs;
}

}  // namespace chipgate::compile
