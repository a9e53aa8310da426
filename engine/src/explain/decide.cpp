// The license determination by the explaining evaluator: every rule in force is evaluated with
// its explanation, each requirement's state (holds, policy) and each exception's condition are
// handed to the same combiner the compiled fast path uses (decide/combine.hpp), and the reasons
// are built from the combined result (decide/reasons.hpp). What this file adds is the tree:
//
//   requirement R holds = (R's classifications: any holds) and R.when and (letter: the item is
//                         the letter's vendor's)
//   R's policy          = its first matching review arm, replaced by the first matching
//                         override in force
#include <fmt/format.h>

#include <algorithm>

#include "explain/explain.hpp"
#include "decide/combine.hpp"
#include "decide/conditions.hpp"
#include "decide/reasons.hpp"
#include "explain/evaluator.hpp"

namespace chipgate {
namespace {

using explain::Evaluator;
using explain::MergeMissing;
using explain::Value;

Explanation SectionNode(ExplainSection section) {
  Explanation e;
  e.kind = ExplainKind::kSection;
  e.section = section;
  e.label = ExplainSectionTitle(section);
  return e;
}

Explanation RuleNode(const RuleInfo& info, RuleRef ref, std::string label) {
  Explanation x;
  x.kind = ExplainKind::kRule;
  x.rule = ref;
  x.label = std::move(label);
  x.rule_id = info.id;
  x.cites = info.cites;
  return x;
}

// What a run produces: the whole decision with its tree; only the combined result (the open
// end-use run of Explain, whose decision is thrown away and whose combined result only says
// which requirements an end use would bring); or only Decision::missing (MissingInputs). The
// last two build no explanation nodes and format no labels: they are on the server's path.
enum class Product { kDecision, kCombinedOnly, kMissingOnly };

class Decider {
 public:
  Decider(Evaluator& ev, const Query& q, Decision& d, Product product = Product::kDecision)
      : ev_(ev), m_(ev.model()), q_(q), d_(d), product_(product), tree_(product == Product::kDecision) {}

  const decide::Combined& combined() const { return combined_; }

  void Run() {
    if (!tree_) {
      // Values do not depend on whether explanation nodes are made; the classification and
      // metrics sections feed only the decision's text and reasons, and exceptions name no
      // missing input.
      Requirements();
      Review();
      if (product_ == Product::kMissingOnly) return;
      Exceptions();
      combined_ = decide::Combine(states_, exceptions_);
      return;
    }
    d_.explanation.label = fmt::format("license determination: {} to {} on {}", d_.item, d_.destination.ToString(), d_.date.ToString());
    Classification();
    Metrics();
    Requirements();
    Review();
    Exceptions();
    Combine();
  }

 private:
  // Where an evaluation's explanation goes: nowhere when only the combined result is wanted.
  Explanation* Tree(Explanation& x) const { return tree_ ? &x : nullptr; }
  Explanation Section(ExplainSection section) const { return tree_ ? SectionNode(section) : Explanation{}; }
  void Attach(Explanation& parent, Explanation&& child) const {
    if (tree_) parent.children.push_back(std::move(child));
  }

  void Classification() {
    Explanation section = SectionNode(ExplainSection::kClassification);
    section.children.reserve(m_.eccns.size());
    for (std::uint32_t e = 0; e < m_.eccns.size(); ++e) {
      const EccnSym& sym = m_.eccns[e];
      const bool defined = std::any_of(sym.rules.begin(), sym.rules.end(),
                                       [&](std::uint32_t r) { return ev_.InForce(m_.classify_rules[r].info); });
      if (!defined) continue;
      const Value v = ev_.Eccn(q_.item, e);
      if (v.truth == Tri::kTrue) (sym.is_criterion ? d_.criteria : d_.classifications).push_back(sym.name);
      if (v.truth == Tri::kUnknown) d_.unknown_classifications.push_back(sym.name);
      section.children.push_back(ev_.ExplainEccn(q_.item, e));
    }
    std::sort(d_.classifications.begin(), d_.classifications.end());
    std::sort(d_.criteria.begin(), d_.criteria.end());
    classification_ = decide::ClassificationReasons(section);
    d_.explanation.children.push_back(std::move(section));
  }

  void Metrics() {
    Explanation section = SectionNode(ExplainSection::kMetrics);
    MetricValues::List metrics;
    for (std::uint32_t i = 0; i < m_.metrics.size(); ++i) {
      MetricValue mv = ev_.DescribeMetric(q_.item, i);
      Explanation x;
      x.kind = ExplainKind::kReference;
      x.node = m_.metrics[i].body;
      x.label = fmt::format("{} ({})", mv.name, mv.title);
      x.value = mv.value ? Tri::kTrue : Tri::kUnknown;
      x.detail = mv.value ? mv.arithmetic + (mv.unit == "1" ? "" : " " + mv.unit) : "unknown";
      x.missing = mv.missing;
      x.cites = mv.cites;
      section.children.push_back(std::move(x));
      metrics.push_back(std::move(mv));
    }
    d_.metrics = MetricValues(std::move(metrics));
    d_.explanation.children.push_back(std::move(section));
  }

  // The letter's scope: a letter binds the exporter that received it; unless the question
  // names the exporter, the item's vendor stands for it.
  Tri Letter(const RequireRule& rule, Explanation& x) {
    const Item& item = ev_.catalog().items()[q_.item];
    const std::string& exporter = q_.exporter ? *q_.exporter : item.vendor;
    const Tri ours = exporter == rule.letter_vendor ? Tri::kTrue : Tri::kFalse;
    if (!tree_) return ours;
    Explanation lx;
    lx.kind = ExplainKind::kLetter;
    lx.label = fmt::format("letter to {} ({})", rule.letter_vendor, rule.letter_source);
    lx.value = ours;
    lx.detail = q_.exporter ? fmt::format("the exporter is {}", exporter) : fmt::format("the exporter is the item's vendor, {} (assumed)", exporter);
    x.children.push_back(std::move(lx));
    return ours;
  }

  Tri AnyClassification(const RequireRule& rule, Explanation& x, std::vector<std::string>& missing) {
    Tri any = Tri::kFalse;
    Explanation ex;
    ex.kind = ExplainKind::kReference;
    for (const auto e : rule.eccns) {
      const Value v = ev_.Eccn(q_.item, e);
      any = TriOr(any, v.truth);
      if (v.truth == Tri::kUnknown) MergeMissing(missing, v.missing);
      if (tree_) ex.label += (ex.label.empty() ? "for " : ", ") + m_.eccns[e].name;
    }
    ex.value = any;
    Attach(x, std::move(ex));
    return any;
  }

  void Requirements() {
    Explanation section = Section(ExplainSection::kRequirements);
    if (tree_) section.children.reserve(m_.requirements.size());
    for (std::uint32_t r = 0; r < m_.requirements.size(); ++r) {
      const RequireRule& rule = m_.requirements[r];
      if (!ev_.InForce(rule.info)) continue;
      Explanation x = tree_ ? RuleNode(rule.info, {RuleKind::kRequire, r}, fmt::format("{}: {}", rule.info.id, rule.info.title)) : Explanation{};
      decide::RequirementState s;
      s.requirement = r;
      std::vector<std::string> missing;
      s.holds = Tri::kTrue;
      if (!rule.letter_vendor.empty()) s.holds = Letter(rule, x);
      if (!rule.eccns.empty()) s.holds = TriAnd(s.holds, AnyClassification(rule, x, missing));
      if (rule.when) {
        const Value w = ev_.Eval(*rule.when, q_.item, Tree(x));
        if (w.truth == Tri::kUnknown) MergeMissing(missing, w.missing);
        s.holds = TriAnd(s.holds, w.truth);
      }
      if (s.holds != Tri::kUnknown) missing.clear();
      if (s.holds == Tri::kTrue) d_.triggered.push_back(rule.info.id);
      if (s.holds == Tri::kUnknown) MergeMissing(d_.missing, missing);
      states_.push_back(s);
      x.value = s.holds;
      x.missing = std::move(missing);
      Attach(section, std::move(x));
    }
    Attach(d_.explanation, std::move(section));
  }

  void ArmOf(const RequireRule& rule, decide::RequirementState& s) {
    for (std::size_t a = 0; a < rule.review.size(); ++a) {
      const ReviewArm& arm = rule.review[a];
      const Value w = arm.when ? ev_.Eval(*arm.when, q_.item, nullptr) : Value::Bool(true);
      if (w.truth == Tri::kTrue) {
        s.policy = arm.policy;
        s.arm = static_cast<std::int32_t>(a);
        return;
      }
      if (w.truth == Tri::kUnknown) {
        s.policy_known = false;
        MergeMissing(d_.missing, w.missing);
        return;
      }
    }
  }

  void OverrideOf(std::uint32_t r, decide::RequirementState& s, Explanation& section) {
    for (std::uint32_t i = 0; i < m_.overrides.size(); ++i) {
      const OverrideRule& o = m_.overrides[i];
      if (!ev_.InForce(o.info) || std::find(o.of.begin(), o.of.end(), r) == o.of.end()) continue;
      Explanation x = tree_ ? RuleNode(o.info, {RuleKind::kOverride, i}, fmt::format("{}: {}", o.info.id, o.info.title)) : Explanation{};
      const Value w = ev_.Eval(o.when, q_.item, Tree(x));
      x.value = w.truth;
      if (tree_) x.missing = w.missing;
      Attach(section, std::move(x));
      if (w.truth == Tri::kTrue) {
        s.policy = o.policy;
        s.policy_known = true;
        s.arm = -1;
        s.override_rule = static_cast<std::int32_t>(i);
        return;
      }
      if (w.truth == Tri::kUnknown) {
        s.policy_known = false;
        MergeMissing(d_.missing, w.missing);
        return;
      }
    }
  }

  void Review() {
    Explanation section = Section(ExplainSection::kReview);
    for (auto& s : states_) {
      if (s.holds == Tri::kFalse) continue;
      ArmOf(m_.requirements[s.requirement], s);
      OverrideOf(s.requirement, s, section);
    }
    review_section_ = std::move(section);
  }

  void Exceptions() {
    Explanation section = Section(ExplainSection::kExceptions);
    for (std::uint32_t i = 0; i < m_.exceptions.size(); ++i) {
      const ExceptionRule& x = m_.exceptions[i];
      if (!ev_.InForce(x.info)) continue;
      Explanation ex = tree_ ? RuleNode(x.info, {RuleKind::kException, i}, fmt::format("{} ({}): {}", x.code, x.info.id, x.info.title)) : Explanation{};
      const Value when = ev_.Eval(x.when, q_.item, Tree(ex));
      if (tree_) ex.missing = when.missing;
      decide::ExceptionState st;
      st.exception = i;
      st.when = when.truth;
      for (const auto r : x.authorizes) st.authorizes.set(r);
      exceptions_.push_back(st);
      if (tree_) exception_nodes_.push_back(std::move(ex));
    }
    exception_section_ = std::move(section);
  }

  void Combine() {
    combined_ = decide::Combine(states_, exceptions_);
    const decide::Combined& c = combined_;
    d_.license_required = c.license_required;
    d_.review = c.review;
    d_.review_known = c.review_known;
    d_.determined = c.determined;
    d_.outcome = c.outcome;
    if (d_.determined) d_.missing.clear();
    review_section_.value = c.review_known ? Tri::kTrue : Tri::kUnknown;
    review_section_.detail = c.review_known ? ReviewPolicyName(c.review) : "unknown";
    d_.explanation.children.push_back(std::move(review_section_));
    for (std::size_t k = 0; k < exceptions_.size(); ++k) {
      const std::uint32_t i = exceptions_[k].exception;
      const Tri available = c.exception_true.test(i) ? Tri::kTrue : c.exception_unknown.test(i) ? Tri::kUnknown : Tri::kFalse;
      exception_nodes_[k].value = available;
      exception_section_.children.push_back(std::move(exception_nodes_[k]));
      if (available == Tri::kFalse) continue;
      const ExceptionRule& x = m_.exceptions[i];
      d_.exceptions.push_back({i, x.code, x.info.id, x.info.title, available, x.requires_text, x.info.cites});
    }
    d_.explanation.children.push_back(std::move(exception_section_));
    d_.reasons = decide::DeterminationReasons(c, TreatIndex(), classification_, m_.requirements.size(), m_.exceptions.size());
  }

  std::optional<std::uint32_t> TreatIndex() const {
    for (std::uint32_t t = 0; t < m_.treats.size(); ++t) {
      if (m_.treats[t].country == q_.destination && m_.treats[t].interval.Contains(q_.date)) return t;
    }
    return std::nullopt;
  }

  Evaluator& ev_;
  const Model& m_;
  const Query& q_;
  Decision& d_;
  std::vector<Reason> classification_;
  std::vector<decide::RequirementState> states_;
  std::vector<decide::ExceptionState> exceptions_;
  std::vector<Explanation> exception_nodes_;
  Explanation review_section_;
  Explanation exception_section_;
  decide::Combined combined_;
  Product product_;
  bool tree_;
};

}  // namespace

std::optional<std::string> CheckQueryDate(const Model& model, Date date) {
  if (model.coverage_from && date < *model.coverage_from) {
    return fmt::format("the rules answer for dates from {}; {} is earlier", model.coverage_from->ToString(), date.ToString());
  }
  return std::nullopt;
}

std::vector<MetricValue> ItemMetrics(const Model& model, const Catalog& catalog, const ParamValues& params,
                                     std::size_t item) {
  Query q;
  q.item = item;
  const Date any_date = model.coverage_from.value_or(Date::FromCivil(2022, 10, 7));  // metrics are undated
  Evaluator ev(model, catalog, params, any_date, &q);
  std::vector<MetricValue> out;
  for (std::uint32_t i = 0; i < model.metrics.size(); ++i) out.push_back(ev.DescribeMetric(item, i));
  return out;
}

Decision ClassifyItem(const Model& model, const Catalog& catalog, const ParamValues& params, std::size_t item, Date date) {
  Query q;
  q.item = item;
  q.date = date;
  Evaluator ev(model, catalog, params, date, &q);
  Decision d;
  d.item = catalog.items()[item].id;
  d.date = date;
  Decider decider(ev, q, d);
  decider.Run();
  return d;
}

namespace {

Decision ExplainOnce(const Model& model, const Catalog& catalog, const ParamValues& params, const Query& query,
                     decide::Combined& combined, Product product = Product::kDecision) {
  Evaluator ev(model, catalog, params, query.date, &query);
  Decision d;
  d.item = catalog.items()[query.item].id;
  d.destination = query.destination;
  d.end_user_hq = query.end_user_hq;
  d.exporter_hq = query.exporter_hq;
  d.date = query.date;
  if (const CountryCode t = ev.Treated(query.destination); t != query.destination) d.destination_treated_as = t;
  Decider decider(ev, query, d, product);
  decider.Run();
  combined = decider.combined();
  return d;
}

}  // namespace

// An unstated end use is answered "no" for the decision, and the requirements that a "yes"
// would bring become its conditions (decide/conditions.hpp).
Decision Explain(const Model& model, const Catalog& catalog, const ParamValues& params, const Query& query) {
  Query answered = query;
  if (!answered.end_uses) answered.end_uses = 0;
  decide::Combined answered_combined;
  Decision d = ExplainOnce(model, catalog, params, answered, answered_combined);
  if (!query.end_uses) {
    decide::Combined open;
    ExplainOnce(model, catalog, params, query, open, Product::kCombinedOnly);
    d.conditions = decide::EndUseConditions(answered_combined, open, model.requirements.size());
  }
  return d;
}

std::vector<std::string> MissingInputs(const Model& model, const Catalog& catalog, const ParamValues& params, const Query& query) {
  Query answered = query;
  if (!answered.end_uses) answered.end_uses = 0;
  decide::Combined combined;
  Decision d = ExplainOnce(model, catalog, params, answered, combined, Product::kMissingOnly);
  return std::move(d.missing);
}

}  // namespace chipgate
