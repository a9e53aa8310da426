// Per-item values: metrics (with their arithmetic) and classifications (the rules in force for
// an ECCN, minus the notes that exclude it), cached per item because systems evaluate the items
// they contain and many conditions share the same classifications.
#include <fmt/format.h>

#include "explain/evaluator.hpp"

namespace chipgate::explain {

Value Evaluator::Metric(std::size_t item, std::uint32_t metric) {
  const auto key = std::make_pair(item, metric);
  if (const auto it = metric_cache_.find(key); it != metric_cache_.end()) return it->second;
  const Value v = Eval(model_.metrics[metric].body, item, nullptr);
  metric_cache_.emplace(key, v);
  return v;
}

Value Evaluator::Eccn(std::size_t item, std::uint32_t eccn) {
  const auto key = std::make_pair(item, eccn);
  if (const auto it = eccn_cache_.find(key); it != eccn_cache_.end()) return it->second;
  const EccnSym& sym = model_.eccns[eccn];
  Value holds = Value::Bool(false);
  for (const auto r : sym.rules) {
    const ClassifyRule& rule = model_.classify_rules[r];
    if (!InForce(rule.info)) continue;
    Value v = Eval(rule.when, item, nullptr);
    if (rule.unless && v.truth != Tri::kFalse) {
      const Value u = Eval(*rule.unless, item, nullptr);
      if (u.truth == Tri::kTrue) {
        v = Value::Bool(false);
      } else if (u.truth == Tri::kUnknown) {
        MergeMissing(v.missing, u.missing);
        v.truth = Tri::kUnknown;
      }
    }
    if (v.truth == Tri::kTrue) {
      holds = Value::Bool(true);
      break;
    }
    if (v.truth == Tri::kUnknown) {
      holds.truth = Tri::kUnknown;
      MergeMissing(holds.missing, v.missing);
    }
  }
  if (holds.truth != Tri::kFalse) {
    for (const auto n : sym.notes) {
      const NoteRule& note = model_.notes[n];
      if (!InForce(note.info)) continue;
      const Value excluded = Eval(note.when, item, nullptr);
      if (excluded.truth == Tri::kTrue) {
        holds = Value::Bool(false);
        break;
      }
      if (excluded.truth == Tri::kUnknown) {
        holds.truth = Tri::kUnknown;
        MergeMissing(holds.missing, excluded.missing);
      }
    }
  }
  eccn_cache_.emplace(key, holds);
  return holds;
}

Explanation Evaluator::ExplainEccn(std::size_t item, std::uint32_t eccn) {
  const EccnSym& sym = model_.eccns[eccn];
  Explanation e;
  e.kind = ExplainKind::kEccn;
  e.eccn = eccn;
  e.label = sym.name;
  const Value holds = Eccn(item, eccn);
  e.value = holds.truth;
  e.missing = holds.missing;
  e.children.reserve(sym.rules.size() + sym.notes.size());
  for (const auto r : sym.rules) {
    const ClassifyRule& rule = model_.classify_rules[r];
    if (!InForce(rule.info)) continue;
    Explanation re;
    re.kind = ExplainKind::kRule;
    re.rule = RuleRef{RuleKind::kClassify, r};
    re.node = rule.when;
    re.label = fmt::format("{}: {}", sym.name, rule.info.title);
    re.rule_id = rule.info.id;
    re.cites = rule.info.cites;
    const Value v = Eval(rule.when, item, &re);
    re.value = v.truth;
    re.missing = v.missing;
    if (rule.unless) Eval(*rule.unless, item, &re);
    e.children.push_back(std::move(re));
  }
  for (const auto n : sym.notes) {
    const NoteRule& note = model_.notes[n];
    if (!InForce(note.info)) continue;
    Explanation ne;
    ne.kind = ExplainKind::kRule;
    ne.rule = RuleRef{RuleKind::kNote, n};
    ne.node = note.when;
    ne.label = fmt::format("excluded by {}: {}", note.info.id, note.info.title);
    ne.rule_id = note.info.id;
    ne.cites = note.info.cites;
    const Value v = Eval(note.when, item, &ne);
    ne.value = v.truth;
    ne.missing = v.missing;
    e.children.push_back(std::move(ne));
  }
  if (e.children.empty()) e.detail = fmt::format("no rule defines {} on {}", sym.name, date_.ToString());
  return e;
}

MetricValue Evaluator::DescribeMetric(std::size_t item, std::uint32_t metric) {
  const MetricSym& m = model_.metrics[metric];
  const Value v = Metric(item, metric);
  MetricValue out;
  out.name = m.name;
  out.title = m.title;
  out.unit = m.unit.ToString();
  out.cites = m.cites;
  out.missing = v.missing;
  out.value = v.number;
  if (v.number) out.arithmetic = Render(m.body, item, std::nullopt) + " = " + Show(*v.number, 6);
  const Node& body = model_.node(m.body);
  if (body.op == NodeOp::kAggregate) {
    for (std::size_t i = 0; i < kPrecisionCount; ++i) {
      const auto p = static_cast<Precision>(i);
      const Value t = Eval(body.children[0], item, nullptr, p);
      if (t.skip || !t.number) continue;
      out.terms.push_back({p, *t.number, Render(body.children[0], item, p)});
      if (v.number && *t.number == *v.number && body.aggregate != Aggregate::kSum) out.winners.push_back(p);
    }
  }
  return out;
}

}  // namespace chipgate::explain
