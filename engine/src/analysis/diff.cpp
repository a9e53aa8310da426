// The diff (see diff.hpp): every (product, destination) decided on both sides with the compiled
// fast path; only the decisions that differ are explained on both sides, to attribute causes.
#include "analysis/diff.hpp"

#include <algorithm>
#include <tuple>

#include "eval/evaluate.hpp"
#include "explain/explain.hpp"
#include "compile/program.hpp"
#include "analysis/diff_detail.hpp"

namespace chipgate {
namespace analysis {

RuleOutcomes OutcomesOf(const Explanation& root, std::optional<ExplainSection> only_section) {
  RuleOutcomes out;
  std::vector<const Explanation*> stack;
  for (const auto& section : root.children) {
    if (!only_section || section.section == *only_section) stack.push_back(&section);
  }
  while (!stack.empty()) {
    const Explanation* e = stack.back();
    stack.pop_back();
    if (!e->rule_id.empty()) {
      auto [it, fresh] = out.emplace(e->rule_id, e->value);
      if (!fresh && e->value != Tri::kFalse) it->second = it->second == Tri::kTrue ? Tri::kTrue : e->value;
    }
    for (const auto& c : e->children) stack.push_back(&c);
  }
  return out;
}

std::vector<std::size_t> Attribute(const std::vector<Cause>& causes, const RuleOutcomes& a, const RuleOutcomes& b,
                                   const std::vector<CountryCode>& countries) {
  auto outcome = [](const RuleOutcomes& o, const std::string& id) {
    const auto it = o.find(id);
    return it == o.end() ? Tri::kFalse : it->second;
  };
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < causes.size(); ++i) {
    const Cause& c = causes[i];
    if (c.kind == CauseKind::kMembership || c.kind == CauseKind::kTreat) {
      if (std::find(countries.begin(), countries.end(), *c.country) != countries.end()) out.push_back(i);
      continue;
    }
    if (c.kind == CauseKind::kDefinition) continue;
    const auto x = outcome(a, c.id);
    const auto y = outcome(b, c.id);
    if (x != Tri::kFalse || y != Tri::kFalse) out.push_back(i);
  }
  if (!out.empty()) return out;
  for (std::size_t i = 0; i < causes.size(); ++i) {
    if (causes[i].kind == CauseKind::kDefinition) out.push_back(i);
  }
  return out;
}

std::vector<std::string> ChangedRules(const RuleOutcomes& a, const RuleOutcomes& b) {
  std::vector<std::string> out;
  auto outcome = [](const RuleOutcomes& o, const std::string& id) {
    const auto it = o.find(id);
    return it == o.end() ? Tri::kFalse : it->second;
  };
  for (const auto* side : {&a, &b}) {
    for (const auto& [id, value] : *side) {
      if (outcome(a, id) != outcome(b, id) && std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace analysis

namespace {

struct Side {
  const Model* model;
  const ParamValues* params;
  Date date;
  const Program* program;
  const BoundCatalog* bound;
};

// Paragraphs, then criteria, then "?" and each undecided one; each part sorted.
std::vector<std::string> Classification(const Model& m, const FastDecision& d) {
  std::vector<std::string> paragraphs;
  std::vector<std::string> criteria;
  std::vector<std::string> undecided;
  for (std::uint32_t e = 0; e < m.eccns.size(); ++e) {
    if (d.eccn_true.test(e)) (m.eccns[e].is_criterion ? criteria : paragraphs).push_back(m.eccns[e].name);
    if (d.eccn_unknown.test(e)) undecided.push_back("?" + m.eccns[e].name);
  }
  for (auto* part : {&paragraphs, &criteria, &undecided}) std::sort(part->begin(), part->end());
  paragraphs.insert(paragraphs.end(), criteria.begin(), criteria.end());
  paragraphs.insert(paragraphs.end(), undecided.begin(), undecided.end());
  return paragraphs;
}

bool SameDecision(const Side& a, const DecisionCell& x, const Side& b, const DecisionCell& y) {
  if (a.model == b.model) return x == y;
  return CellDescription(x, *a.model) == CellDescription(y, *b.model);
}

class Differ {
 public:
  Differ(const Side& a, const Side& b, const Catalog& catalog, const DiffOptions& options, std::vector<Cause> causes)
      : a_(a), b_(b), catalog_(catalog), options_(options) {
    report_.causes = std::move(causes);
  }

  DiffReport Run() {
    std::vector<std::size_t> items = options_.items;
    if (items.empty()) {
      for (std::size_t i = 0; i < catalog_.size(); ++i) items.push_back(i);
    }
    std::sort(items.begin(), items.end(), [&](std::size_t x, std::size_t y) { return catalog_.items()[x].id < catalog_.items()[y].id; });
    report_.products = items.size();
    report_.destinations = AssignedCountryCount();
    Scratch scratch_a(*a_.program);
    Scratch scratch_b(*b_.program);
    for (const auto item : items) DiffItem(item, scratch_a, scratch_b);
    return std::move(report_);
  }

 private:
  std::optional<CountryCode> HqFor(CountryCode destination) const {
    switch (options_.end_user) {
      case EndUserAssumption::kLocal: return destination;
      case EndUserAssumption::kFixed: return options_.end_user_hq;
      case EndUserAssumption::kUnknown: break;
    }
    return std::nullopt;
  }

  FastQuery QueryFor(std::size_t item, CountryCode destination, Date date) const {
    FastQuery q;
    q.item = static_cast<std::uint32_t>(item);
    q.destination = destination.index();
    const auto hq = HqFor(destination);
    q.end_user_hq = hq ? hq->index() : -1;
    q.exporter_hq = options_.exporter_hq ? options_.exporter_hq->index() : -1;
    q.date = date;
    return q;
  }

  // The rule outcomes of one decision, and of the classification of every item it contains: a
  // system's explanation says only `contains(3A090.a)`, the reason is in the IC's own rules.
  analysis::RuleOutcomes Explained(const Side& s, std::size_t item, std::optional<CountryCode> destination) const {
    analysis::RuleOutcomes out;
    if (!destination) {
      out = analysis::OutcomesOf(ClassifyItem(*s.model, catalog_, *s.params, item, s.date).explanation, ExplainSection::kClassification);
    } else {
      Query q;
      q.item = item;
      q.destination = *destination;
      q.end_user_hq = HqFor(*destination);
      q.exporter_hq = options_.exporter_hq;
      q.date = s.date;
      out = analysis::OutcomesOf(Explain(*s.model, catalog_, *s.params, q).explanation);
    }
    std::vector<std::size_t> contained = {item};
    for (std::size_t i = 0; i < contained.size(); ++i) {
      for (const auto& c : catalog_.items()[contained[i]].contains) {
        const auto child = catalog_.IndexOf(c.item);
        if (!child || std::find(contained.begin(), contained.end(), *child) != contained.end()) continue;
        contained.push_back(*child);
        const auto inner = analysis::OutcomesOf(ClassifyItem(*s.model, catalog_, *s.params, *child, s.date).explanation, ExplainSection::kClassification);
        for (const auto& [id, value] : inner) {
          auto [it, fresh] = out.emplace(id, value);
          if (!fresh && it->second != Tri::kTrue && value != Tri::kFalse) it->second = value;
        }
      }
    }
    return out;
  }

  // The causes of a changed decision (or classification, without a destination) and the rules
  // whose outcome differs.
  std::pair<std::vector<std::size_t>, std::vector<std::string>> Causes(std::size_t item, std::optional<CountryCode> destination) {
    std::vector<CountryCode> countries;
    if (destination) {
      countries.push_back(*destination);
      if (const auto hq = HqFor(*destination)) countries.push_back(*hq);
    }
    const analysis::RuleOutcomes a = Explained(a_, item, destination);
    const analysis::RuleOutcomes b = Explained(b_, item, destination);
    auto causes = analysis::Attribute(report_.causes, a, b, countries);
    for (const auto i : causes) report_.causes[i].used = true;
    return {std::move(causes), analysis::ChangedRules(a, b)};
  }

  void DiffItem(std::size_t item, Scratch& scratch_a, Scratch& scratch_b) {
    ItemChange change;
    change.item = catalog_.items()[item].id;
    for (std::size_t c = 0; c < AssignedCountryCount(); ++c) {
      const CountryCode d = AssignedCountry(c);
      FastDecision x;
      FastDecision y;
      const DecisionCell before = DecideCell(*a_.program, *a_.bound, QueryFor(item, d, a_.date), scratch_a, &x);
      const DecisionCell after = DecideCell(*b_.program, *b_.bound, QueryFor(item, d, b_.date), scratch_b, &y);
      if (c == 0) {
        change.classifications_before = Classification(*a_.model, x);
        change.classifications_after = Classification(*b_.model, y);
      }
      if (SameDecision(a_, before, b_, after)) continue;
      auto [causes, via] = Causes(item, d);
      change.destinations.push_back({d, before, after, std::move(causes), std::move(via)});
    }
    if (change.ClassificationChanged()) std::tie(change.classification_causes, change.classification_via) = Causes(item, std::nullopt);
    if (change.ClassificationChanged() || !change.destinations.empty()) report_.items.push_back(std::move(change));
  }

  Side a_;
  Side b_;
  const Catalog& catalog_;
  const DiffOptions& options_;
  DiffReport report_;
};

}  // namespace

DiffReport DiffDates(const RuleTree& tree, const Catalog& catalog, Date from, Date to, const DiffOptions& options) {
  const Program program = Compile(*tree.model, *tree.params);
  const BoundCatalog bound = Bind(program, catalog);
  const Side a{tree.model, tree.params, from, &program, &bound};
  const Side b{tree.model, tree.params, to, &program, &bound};
  return Differ(a, b, catalog, options, analysis::DateCauses(*tree.model, from, to)).Run();
}

DiffReport DiffTrees(const RuleTree& a, const RuleTree& b, const Catalog& catalog, Date date, const DiffOptions& options) {
  const Program program_a = Compile(*a.model, *a.params);
  const Program program_b = Compile(*b.model, *b.params);
  const BoundCatalog bound_a = Bind(program_a, catalog);
  const BoundCatalog bound_b = Bind(program_b, catalog);
  const Side sa{a.model, a.params, date, &program_a, &bound_a};
  const Side sb{b.model, b.params, date, &program_b, &bound_b};
  return Differ(sa, sb, catalog, options, analysis::TreeCauses(a, b, date)).Run();
}

}  // namespace chipgate
