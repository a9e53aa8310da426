// The license determination (the reference semantics the compiled evaluator must match):
//
//   requirement R holds = (R's classifications: any holds) and R.when and (letter: the item is
//                         the letter's vendor's)
//   license required    = any requirement holds
//   review policy       = per holding requirement, its first matching review arm, replaced by
//                         the first matching override in force; across requirements the most
//                         restrictive. A requirement that may hold leaves the policy unknown
//                         unless the known policy is already a presumption of denial.
//   exception X applies = X.when and some requirement it authorizes holds and every
//                         requirement that may hold is one it authorizes.
#include <fmt/format.h>

#include <algorithm>

#include "chipgate/explain.hpp"
#include "explain/evaluator.hpp"

namespace chipgate {
namespace {

using explain::Evaluator;
using explain::MergeMissing;
using explain::Value;


struct RequirementState {
  Tri holds = Tri::kFalse;
  ReviewPolicy policy = ReviewPolicy::kNone;
  bool policy_known = true;
  std::string policy_reason;
  std::string policy_rule;
  std::vector<std::string> missing;
};

class Decider {
 public:
  Decider(Evaluator& ev, const Query& q, Decision& d) : ev_(ev), m_(ev.model()), q_(q), d_(d) {}

  void Run() {
    d_.explanation.label = fmt::format("license determination: {} to {} on {}", d_.item, d_.destination.ToString(), d_.date.ToString());
    Classification();
    Metrics();
    Requirements();
    Review();
    Exceptions();
    Status();
  }

 private:
  void Classification() {
    Explanation section;
    section.kind = ExplainKind::kSection;
    section.label = "classification";
    for (std::uint32_t e = 0; e < m_.eccns.size(); ++e) {
      const EccnSym& sym = m_.eccns[e];
      const bool defined = std::any_of(sym.rules.begin(), sym.rules.end(),
                                       [&](std::uint32_t r) { return ev_.InForce(m_.classify_rules[r].info); });
      if (!defined) continue;
      const Value v = ev_.Eccn(q_.item, e);
      if (v.truth == Tri::kTrue) (sym.is_criterion ? d_.criteria : d_.classifications).push_back(sym.name);
      if (v.truth == Tri::kUnknown) d_.unknown_classifications.push_back(sym.name);
      Explanation x = ev_.ExplainEccn(q_.item, e);
      ClassificationReasons(sym, x);
      section.children.push_back(std::move(x));
    }
    std::sort(d_.classifications.begin(), d_.classifications.end());
    std::sort(d_.criteria.begin(), d_.criteria.end());
    d_.explanation.children.push_back(std::move(section));
  }

  void ClassificationReasons(const EccnSym& sym, const Explanation& x) {
    bool rule_held = false;
    for (const auto& child : x.children) {
      if (child.rule_id.empty() || child.label.rfind("excluded by", 0) == 0) continue;
      if (child.value == Tri::kTrue) {
        rule_held = true;
        if (x.value == Tri::kTrue) {
          d_.reasons.push_back({child.rule_id, "classification", child.label, child.cites, Status(child.rule_id)});
        }
      }
    }
    for (const auto& child : x.children) {
      if (rule_held && child.label.rfind("excluded by", 0) == 0 && child.value == Tri::kTrue) {
        d_.reasons.push_back({child.rule_id, "note", fmt::format("{} does not apply: {}", sym.name, child.label), child.cites, ""});
      }
    }
  }

  std::string Status(const std::string& rule_id) const {
    auto find = [&](const auto& rules) -> std::string {
      for (const auto& r : rules) {
        if (r.info.id == rule_id && r.info.status != RuleStatus::kInForce) return RuleStatusName(r.info.status);
      }
      return "";
    };
    for (const std::string& s : {find(m_.classify_rules), find(m_.requirements), find(m_.overrides), find(m_.exceptions)}) {
      if (!s.empty()) return s;
    }
    return "";
  }

  void Metrics() {
    Explanation section;
    section.kind = ExplainKind::kSection;
    section.label = "metrics";
    for (std::uint32_t i = 0; i < m_.metrics.size(); ++i) {
      MetricValue mv = ev_.DescribeMetric(q_.item, i);
      Explanation x;
      x.kind = ExplainKind::kRule;
      x.label = fmt::format("{} ({})", mv.name, mv.title);
      x.value = mv.value ? Tri::kTrue : Tri::kUnknown;
      x.detail = mv.value ? mv.arithmetic + (mv.unit == "1" ? "" : " " + mv.unit) : "unknown";
      x.missing = mv.missing;
      x.cites = mv.cites;
      section.children.push_back(std::move(x));
      d_.metrics.push_back(std::move(mv));
    }
    d_.explanation.children.push_back(std::move(section));
  }

  void Requirements() {
    Explanation section;
    section.kind = ExplainKind::kSection;
    section.label = "license requirements";
    d_.license_required = Tri::kFalse;  // until a requirement holds or may hold
    state_.resize(m_.requirements.size());
    const Item& item = ev_.catalog().items()[q_.item];
    for (std::uint32_t r = 0; r < m_.requirements.size(); ++r) {
      const RequireRule& rule = m_.requirements[r];
      if (!ev_.InForce(rule.info)) continue;
      Explanation x;
      x.kind = ExplainKind::kRule;
      x.label = fmt::format("{}: {}", rule.info.id, rule.info.title);
      x.rule_id = rule.info.id;
      x.cites = rule.info.cites;
      RequirementState& s = state_[r];
      s.holds = Tri::kTrue;
      if (!rule.letter_vendor.empty()) {
        const bool ours = item.vendor == rule.letter_vendor;
        s.holds = ours ? Tri::kTrue : Tri::kFalse;
        Explanation lx;
        lx.kind = ExplainKind::kAttribute;
        lx.label = fmt::format("letter to {} ({})", rule.letter_vendor, rule.letter_source);
        lx.value = s.holds;
        lx.detail = fmt::format("item vendor is {}", item.vendor);
        x.children.push_back(std::move(lx));
      }
      if (!rule.eccns.empty()) {
        Tri any = Tri::kFalse;
        Explanation ex;
        for (const auto e : rule.eccns) {
          const Value v = ev_.Eccn(q_.item, e);
          any = TriOr(any, v.truth);
          if (v.truth == Tri::kUnknown) MergeMissing(s.missing, v.missing);
          ex.label += (ex.label.empty() ? "for " : ", ") + m_.eccns[e].name;
        }
        ex.value = any;
        s.holds = TriAnd(s.holds, any);
        x.children.push_back(std::move(ex));
      }
      if (rule.when) {
        const Value w = ev_.Eval(*rule.when, q_.item, &x);
        if (w.truth == Tri::kUnknown) MergeMissing(s.missing, w.missing);
        s.holds = TriAnd(s.holds, w.truth);
      }
      if (s.holds != Tri::kUnknown) s.missing.clear();
      x.value = s.holds;
      x.missing = s.missing;
      d_.license_required = TriOr(d_.license_required, s.holds);
      if (s.holds == Tri::kTrue) {
        d_.triggered.push_back(rule.info.id);
        d_.reasons.push_back({rule.info.id, "requirement", rule.info.title, rule.info.cites, RuleStatusName(rule.info.status) == std::string("in_force") ? "" : RuleStatusName(rule.info.status)});
      }
      if (s.holds == Tri::kUnknown) MergeMissing(d_.missing, s.missing);
      section.children.push_back(std::move(x));
    }
    d_.explanation.children.push_back(std::move(section));
  }

  void ReviewOf(std::uint32_t r, Explanation& section) {
    const RequireRule& rule = m_.requirements[r];
    RequirementState& s = state_[r];
    for (const auto& arm : rule.review) {
      if (!arm.when) {
        s.policy = arm.policy;
        s.policy_reason = fmt::format("{}: otherwise", ReviewPolicyName(arm.policy));
        break;
      }
      Explanation x;
      const Value w = ev_.Eval(*arm.when, q_.item, &x);
      if (w.truth == Tri::kTrue) {
        s.policy = arm.policy;
        s.policy_reason = fmt::format("{} when {}", ReviewPolicyName(arm.policy), m_.node(*arm.when).source);
        break;
      }
      if (w.truth == Tri::kUnknown) {
        s.policy_known = false;
        MergeMissing(d_.missing, w.missing);
        break;
      }
    }
    s.policy_rule = rule.info.id;
    for (const auto& o : m_.overrides) {
      if (!ev_.InForce(o.info) || std::find(o.of.begin(), o.of.end(), r) == o.of.end()) continue;
      Explanation x;
      x.kind = ExplainKind::kRule;
      x.label = fmt::format("{}: {}", o.info.id, o.info.title);
      x.rule_id = o.info.id;
      x.cites = o.info.cites;
      const Value w = ev_.Eval(o.when, q_.item, &x);
      x.value = w.truth;
      x.missing = w.missing;
      section.children.push_back(std::move(x));
      if (w.truth == Tri::kTrue) {
        s.policy = o.policy;
        s.policy_known = true;
        s.policy_rule = o.info.id;
        s.policy_reason = fmt::format("{} ({})", ReviewPolicyName(o.policy), o.info.title);
        break;
      }
      if (w.truth == Tri::kUnknown) {
        s.policy_known = false;
        MergeMissing(d_.missing, w.missing);
        break;
      }
    }
  }

  void Review() {
    Explanation section;
    section.kind = ExplainKind::kSection;
    section.label = "review policy";
    ReviewPolicy combined = ReviewPolicy::kNone;
    bool known = true;
    for (std::uint32_t r = 0; r < m_.requirements.size(); ++r) {
      if (!ev_.InForce(m_.requirements[r].info) || state_[r].holds == Tri::kFalse) continue;
      ReviewOf(r, section);
      const RequirementState& s = state_[r];
      if (s.holds == Tri::kTrue) {
        if (!s.policy_known) known = false;
        if (s.policy > combined) combined = s.policy;
      }
    }
    // A requirement that may hold matters only if its policy could be stricter than the one known.
    for (std::uint32_t r = 0; r < m_.requirements.size(); ++r) {
      const RequirementState& s = state_[r];
      if (!ev_.InForce(m_.requirements[r].info) || s.holds != Tri::kUnknown) continue;
      if (!s.policy_known || s.policy > combined) known = false;
    }
    d_.review = combined;
    d_.review_known = known;
    for (std::uint32_t r = 0; r < m_.requirements.size(); ++r) {
      const RequirementState& s = state_[r];
      if (s.holds == Tri::kTrue && s.policy_known && s.policy == combined && combined != ReviewPolicy::kNone) {
        d_.reasons.push_back({s.policy_rule, "review", s.policy_reason, RuleCites(s.policy_rule), ""});
        break;
      }
    }
    section.value = known ? Tri::kTrue : Tri::kUnknown;
    section.detail = known ? ReviewPolicyName(combined) : "unknown";
    d_.explanation.children.push_back(std::move(section));
  }

  std::vector<std::string> RuleCites(const std::string& id) const {
    for (const auto& r : m_.requirements) {
      if (r.info.id == id) return r.info.cites;
    }
    for (const auto& o : m_.overrides) {
      if (o.info.id == id) return o.info.cites;
    }
    return {};
  }

  void Exceptions() {
    Explanation section;
    section.kind = ExplainKind::kSection;
    section.label = "license exceptions";
    for (const auto& x : m_.exceptions) {
      if (!ev_.InForce(x.info)) continue;
      Explanation ex;
      ex.kind = ExplainKind::kRule;
      ex.label = fmt::format("{} ({}): {}", x.code, x.info.id, x.info.title);
      ex.rule_id = x.info.id;
      ex.cites = x.info.cites;
      const Value when = ev_.Eval(x.when, q_.item, &ex);
      Tri cover = Tri::kTrue;
      Tri any = Tri::kFalse;
      for (std::uint32_t r = 0; r < m_.requirements.size(); ++r) {
        if (!ev_.InForce(m_.requirements[r].info)) continue;
        const bool authorized = std::find(x.authorizes.begin(), x.authorizes.end(), r) != x.authorizes.end();
        if (authorized) any = TriOr(any, state_[r].holds);
        if (!authorized && state_[r].holds != Tri::kFalse) cover = TriAnd(cover, state_[r].holds == Tri::kTrue ? Tri::kFalse : Tri::kUnknown);
      }
      const Tri available = TriAnd(when.truth, TriAnd(cover, any));
      ex.value = available;
      ex.missing = when.missing;
      section.children.push_back(std::move(ex));
      if (available == Tri::kFalse) continue;
      d_.exceptions.push_back({x.code, x.info.id, x.info.title, available, x.requires_text, x.info.cites});
      if (available == Tri::kTrue) {
        d_.reasons.push_back({x.info.id, "exception", fmt::format("License Exception {} is available: {}", x.code, x.requires_text),
                              x.info.cites, x.info.status == RuleStatus::kInForce ? "" : RuleStatusName(x.info.status)});
      }
    }
    d_.explanation.children.push_back(std::move(section));
  }

  void Status() {
    d_.determined = d_.license_required != Tri::kUnknown && (d_.license_required == Tri::kFalse || d_.review_known);
    if (d_.determined) d_.missing.clear();
    if (d_.license_required == Tri::kFalse && d_.determined) {
      d_.reasons.push_back({"", "requirement", "no license requirement applies to this item, destination and end user on this date", {}, ""});
    }
  }

  Evaluator& ev_;
  const Model& m_;
  const Query& q_;
  Decision& d_;
  std::vector<RequirementState> state_;
};

}  // namespace

const char* TriName(Tri t) {
  switch (t) {
    case Tri::kFalse: return "false";
    case Tri::kTrue: return "true";
    case Tri::kUnknown: return "unknown";
  }
  return "unknown";
}

std::vector<std::string> Decision::AvailableExceptions() const {
  std::vector<std::string> out;
  for (const auto& e : exceptions) {
    if (e.available == Tri::kTrue && std::find(out.begin(), out.end(), e.code) == out.end()) out.push_back(e.code);
  }
  return out;
}

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

Decision Explain(const Model& model, const Catalog& catalog, const ParamValues& params, const Query& query) {
  Evaluator ev(model, catalog, params, query.date, &query);
  Decision d;
  d.item = catalog.items()[query.item].id;
  d.destination = query.destination;
  d.end_user_hq = query.end_user_hq;
  d.exporter_hq = query.exporter_hq;
  d.date = query.date;
  if (const CountryCode t = ev.Treated(query.destination); t != query.destination) d.destination_treated_as = t;
  Decider decider(ev, query, d);
  decider.Run();
  return d;
}

}  // namespace chipgate
