// A full Decision from the compiled fast path (see state.hpp): the combined determination and
// the classification bits come from one Decide call; the reasons are built from them by the
// same function the explaining evaluator uses, with the item's classification reasons and
// metrics cached per item. An undecided question's missing inputs are named by the explaining
// evaluator without its tree (MissingInputs; the fast path records only the first), so that it
// costs a fraction of a whole explained decision. A date outside the compiled program's coverage
// is answered by the explaining evaluator.
#include <algorithm>

#include "decide/conditions.hpp"
#include "decide/determination.hpp"
#include "decide/reasons.hpp"
#include "engine/state.hpp"

namespace chipgate {
namespace {

std::optional<std::uint32_t> TreatIndex(const Model& m, const Query& q) {
  for (std::uint32_t t = 0; t < m.treats.size(); ++t) {
    if (m.treats[t].country == q.destination && m.treats[t].interval.Contains(q.date)) return t;
  }
  return std::nullopt;
}

void Classifications(const Model& m, const FastDecision& fd, Decision& d) {
  for (std::size_t e = 0; e < m.eccns.size(); ++e) {
    if (fd.eccn_true.test(e)) (m.eccns[e].is_criterion ? d.criteria : d.classifications).push_back(m.eccns[e].name);
    if (fd.eccn_unknown.test(e)) d.unknown_classifications.push_back(m.eccns[e].name);
  }
  std::sort(d.classifications.begin(), d.classifications.end());
  std::sort(d.criteria.begin(), d.criteria.end());
}

}  // namespace

Decision FastDecisionOf(const Engine::State& s, const Query& q) {
  const auto& c = s.compiled();
  FastDecision fd;
  std::vector<Condition> conditions;
  {
    auto scratch = s.LeaseScratch();
    Query answered = q;
    if (!answered.end_uses) answered.end_uses = 0;
    fd = Decide(c.program, c.bound, FastQuery::Of(answered, c.program), *scratch);
    if (!q.end_uses) {
      const FastDecision open = Decide(c.program, c.bound, FastQuery::Of(q, c.program), *scratch);
      conditions = decide::EndUseConditions(fd, open, s.model.requirements.size());
    }
  }
  if (!fd.in_coverage) {
    Decision slow = Explain(s.model, s.catalog, s.params, q);
    slow.explanation = {};
    return slow;
  }
  const Model& m = s.model;
  Decision d;
  d.item = s.catalog.items()[q.item].id;
  d.destination = q.destination;
  d.end_user_hq = q.end_user_hq;
  d.exporter_hq = q.exporter_hq;
  d.date = q.date;
  const auto treat = TreatIndex(m, q);
  if (treat) d.destination_treated_as = m.treats[*treat].as;
  Classifications(m, fd, d);
  decide::FillDetermination(m, fd, d);
  const EpochProgram* epoch = c.program.EpochFor(q.date);
  const auto epoch_index = static_cast<std::size_t>(epoch - c.program.epochs.data());
  const std::vector<Reason> classification = s.ClassificationReasons(static_cast<std::uint32_t>(q.item), epoch_index, epoch->interval.from);
  d.reasons = decide::DeterminationReasons(fd, treat, classification, m.requirements.size(), m.exceptions.size());
  d.metrics = s.Metrics(static_cast<std::uint32_t>(q.item));
  d.conditions = std::move(conditions);
  if (!fd.determined) d.missing = MissingInputs(m, s.catalog, s.params, q);
  return d;
}

}  // namespace chipgate
