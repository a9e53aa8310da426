// Stage: rule declarations (classify, note, require, override, exception) into model rules.
// Which clauses each kind takes, needs, and may repeat is one table, so the error for a
// misplaced clause names the kinds that do take it.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "check/condition_reads.hpp"
#include "check/stages.hpp"
#include "syntax/keywords.hpp"

namespace chipgate::check {
namespace {

using syntax::Clause;
using syntax::ClauseSpec;

char KindLetter(ast::RuleKind k) { return syntax::RuleKindLetter(static_cast<std::size_t>(k)); }

const ast::Name& KeywordOf(const ast::Clause& c) {
  return std::visit([](const auto& x) -> const ast::Name& { return x.keyword; }, c);
}

std::optional<ReviewPolicy> PolicyByName(const std::string& n) {
  if (n == "presumption_of_denial") return ReviewPolicy::kPresumptionOfDenial;
  if (n == "case_by_case") return ReviewPolicy::kCaseByCase;
  if (n == "presumption_of_approval") return ReviewPolicy::kPresumptionOfApproval;
  return std::nullopt;
}

class RuleBuilder {
 public:
  RuleBuilder(Context& cx, const ast::File& file, const ast::RuleDecl& decl) : cx_(cx), file_(file), d_(decl) {}

  void Build() {
    if (!ClausesValid()) return;
    RuleInfo info;
    if (!Info(info)) return;
    switch (d_.kind) {
      case ast::RuleKind::kClassify: Classify(std::move(info)); break;
      case ast::RuleKind::kNote: NoteRule(std::move(info)); break;
      case ast::RuleKind::kRequire: Require(std::move(info)); break;
      case ast::RuleKind::kOverride: Override(std::move(info)); break;
      case ast::RuleKind::kException: Exception(std::move(info)); break;
    }
  }

 private:
  bool ClausesValid() {
    bool ok = true;
    std::map<std::string, int> counts;
    for (const auto& c : d_.clauses) {
      const ast::Name& k = KeywordOf(c);
      const ClauseSpec* spec = syntax::ClauseByKeyword(k.text);
      if (spec == nullptr || spec->allowed.find(KindLetter(d_.kind)) == std::string_view::npos) {
        std::string takers;
        for (std::size_t i = 0; spec != nullptr && i < syntax::kRuleKindCount; ++i) {
          if (spec->allowed.find(syntax::RuleKindLetter(i)) != std::string_view::npos) {
            takers += std::string(takers.empty() ? "" : ", ") + std::string(syntax::RuleKeyword(i));
          }
        }
        Diagnostic diag = Error("E0501", fmt::format("a `{}` rule takes no `{}` clause", d_.keyword.text, k.text), k.span);
        if (!takers.empty()) diag.notes.push_back(fmt::format("`{}` belongs in: {}", k.text, takers));
        cx_.Report(std::move(diag));
        ok = false;
        continue;
      }
      if (++counts[k.text] == 2 && !spec->repeatable) {
        cx_.Report(Error("E0503", fmt::format("`{}` appears more than once", k.text), k.span));
        ok = false;
      }
    }
    for (const auto& spec : syntax::Clauses()) {
      if (spec.required.find(KindLetter(d_.kind)) != std::string_view::npos && counts[std::string(spec.keyword)] == 0) {
        Diagnostic diag = Error("E0502", fmt::format("{} rule `{}` has no `{}` clause", d_.keyword.text, d_.id.text, spec.keyword), d_.id.span);
        if (spec.clause == Clause::kCite) diag.help = std::string(spec.help);
        cx_.Report(std::move(diag));
        ok = false;
      }
    }
    if (!d_.title) {
      Diagnostic diag = Error("E0502", fmt::format("rule `{}` has no title", d_.id.text), d_.id.span);
      diag.help = fmt::format("add a quoted title after the id: {} {} \"...\"", d_.keyword.text, d_.id.text);
      cx_.Report(std::move(diag));
      ok = false;
    }
    return ok;
  }

  template <class C>
  std::vector<const C*> All(Clause clause) const {
    const std::string_view keyword = syntax::SpecOf(clause).keyword;
    std::vector<const C*> out;
    for (const auto& c : d_.clauses) {
      if (const auto* x = std::get_if<C>(&c); x && x->keyword.text == keyword) out.push_back(x);
    }
    return out;
  }
  template <class C>
  const C* One(Clause clause) const {
    const auto all = All<C>(clause);
    return all.empty() ? nullptr : all.front();
  }

  bool Info(RuleInfo& info) {
    info.id = d_.id.text;
    info.title = d_.title->value;
    info.file = cx_.sources.file(file_.source).path();
    info.span = d_.span;
    const auto effective = CheckDate(cx_, One<ast::DateClause>(Clause::kEffective)->date);
    if (!effective) return false;
    info.in_force.from = *effective;
    if (const auto* until = One<ast::DateClause>(Clause::kUntil)) {
      const auto d = CheckDate(cx_, until->date);
      if (!d) return false;
      if (*d <= *effective) {
        Diagnostic diag = Error("E0402", fmt::format("rule `{}` is never in force: `until {}` is not after `effective {}`", info.id, until->date.text,
                                                     One<ast::DateClause>(Clause::kEffective)->date.text), until->date.span);
        diag.notes.push_back("`until` is the first day on which the rule no longer applies");
        cx_.Report(std::move(diag));
        return false;
      }
      info.in_force.until = *d;
    }
    for (const auto* c : All<ast::StringClause>(Clause::kCite)) info.cites.push_back(c->text.value);
    if (const auto* s = One<ast::StatusClause>(Clause::kStatus)) {
      if (s->status.text == "unconfirmed") {
        info.status = RuleStatus::kUnconfirmed;
      } else if (s->status.text == "announced_rescinded") {
        info.status = RuleStatus::kAnnouncedRescinded;
      } else if (s->status.text != "in_force") {
        cx_.Report(Error("E0504", fmt::format("unknown status `{}` (in_force, unconfirmed, announced_rescinded)", s->status.text), s->status.span));
        return false;
      }
      if (s->text) info.status_note = s->text->value;
    }
    interval_ = info.in_force;
    return true;
  }

  std::optional<NodeId> Condition(Clause clause, std::optional<std::uint32_t> eccn = std::nullopt) {
    const auto* c = One<ast::ExprClause>(clause);
    if (c == nullptr) return std::nullopt;
    return BoolExpr(c->expr, eccn, std::string(syntax::SpecOf(clause).keyword).c_str());
  }
  std::optional<NodeId> BoolExpr(ast::ExprId id, std::optional<std::uint32_t> eccn = std::nullopt, const char* keyword = "when") {
    ExprScope scope;
    scope.interval = interval_;
    scope.eccn = eccn;
    scope.allow_inputs = d_.kind != ast::RuleKind::kClassify && d_.kind != ast::RuleKind::kNote;
    const auto node = CheckExpr(cx_, file_, id, scope);
    if (!ExpectType(cx_, node, Type::kBool, fmt::format("`{}`", keyword).c_str())) {
      failed_ = true;
      return std::nullopt;
    }
    return node;
  }
  NodeId True() {
    Node n;
    n.op = NodeOp::kConstBool;
    n.boolean = true;
    n.span = d_.id.span;
    n.text = "true";
    return cx_.AddNode(std::move(n));
  }

  std::vector<std::uint32_t> Eccns(const ast::NameListClause& list) {
    std::vector<std::uint32_t> out;
    for (const auto& n : list.names) {
      const auto it = cx_.eccns.find(n.text);
      if (it == cx_.eccns.end()) {
        cx_.Report(Error("E0204", fmt::format("no rule classifies `{}`", n.text), n.span));
        failed_ = true;
        continue;
      }
      cx_.eccn_refs.push_back({it->second, interval_, n.span});
      out.push_back(it->second);
    }
    return out;
  }
  std::vector<std::uint32_t> Requirements(const ast::NameListClause& list) {
    std::vector<std::uint32_t> out;
    for (const auto& n : list.names) {
      const auto it = cx_.requirements.find(n.text);
      if (it == cx_.requirements.end()) {
        cx_.Report(Error("E0205", fmt::format("no `require` rule has the id `{}`", n.text), n.span));
        failed_ = true;
        continue;
      }
      out.push_back(it->second);
    }
    return out;
  }

  void Classify(RuleInfo info) {
    const auto* as = One<ast::NameListClause>(Clause::kAs);
    if (as->names.size() != 1 || !IsEccnName(as->names[0].text)) {
      cx_.Report(Error("E0302", "`as` takes one ECCN paragraph, like `as 3A090.a.1`", as->keyword.span));
      return;
    }
    ClassifyRule rule{std::move(info), cx_.eccns.at(as->names[0].text), 0, std::nullopt, ClassificationBasis::kDerived};
    const auto when = Condition(Clause::kWhen, rule.eccn);
    rule.unless = Condition(Clause::kUnless, rule.eccn);
    if (!when || failed_) return;
    rule.when = *when;
    if (ConditionReads(cx_.model, rule.when, ItemAttr::kVendorEccn)) rule.basis = ClassificationBasis::kVendorStated;
    cx_.model.eccns[rule.eccn].rules.push_back(static_cast<std::uint32_t>(cx_.model.classify_rules.size()));
    cx_.model.classify_rules.push_back(std::move(rule));
  }

  void NoteRule(RuleInfo info) {
    chipgate::NoteRule rule{std::move(info), {}, 0};
    const auto index = static_cast<std::uint32_t>(cx_.model.notes.size());
    std::vector<std::uint32_t> covered;
    for (const auto& prefix : One<ast::NameListClause>(Clause::kExcludes)->names) {
      bool matched = false;
      for (std::uint32_t i = 0; i < cx_.model.eccns.size(); ++i) {
        const std::string& name = cx_.model.eccns[i].name;
        if (name == prefix.text || name.rfind(prefix.text + ".", 0) == 0) {
          covered.push_back(i);
          matched = true;
        }
      }
      if (!matched) {
        cx_.Report(Error("E0204", fmt::format("`{}` matches no classification", prefix.text), prefix.span));
        failed_ = true;
      }
      rule.excludes.push_back(prefix.text);
    }
    const auto when = Condition(Clause::kWhen);
    if (!when || failed_) return;
    rule.when = *when;
    for (const auto e : covered) cx_.model.eccns[e].notes.push_back(index);
    cx_.model.notes.push_back(std::move(rule));
  }

  void Require(RuleInfo info) {
    RequireRule rule;
    rule.info = std::move(info);
    if (const auto* f = One<ast::NameListClause>(Clause::kFor)) rule.eccns = Eccns(*f);
    rule.when = Condition(Clause::kWhen);
    if (!One<ast::NameListClause>(Clause::kFor) && !rule.when) {
      cx_.Report(Error("E0502", fmt::format("require rule `{}` needs `for` classifications, a `when` condition, or both", rule.info.id), d_.id.span));
      return;
    }
    rule.review = ReviewArms(false);
    if (const auto* letter = One<ast::StringClause>(Clause::kLetter)) {
      rule.letter_vendor = letter->text.value;
      if (const auto* source = One<ast::StringClause>(Clause::kSource)) rule.letter_source = source->text.value;
    } else if (const auto* source = One<ast::StringClause>(Clause::kSource)) {
      cx_.Report(Error("E0501", "`source` describes a `letter`; this rule has none", source->keyword.span));
      return;
    }
    if (const auto* asks = One<ast::StringClause>(Clause::kAsks)) rule.asks = asks->text.value;
    if (failed_) return;
    cx_.model.requirements.push_back(std::move(rule));
  }

  std::vector<ReviewArm> ReviewArms(bool single) {
    std::vector<ReviewArm> arms;
    bool after_otherwise = false;
    for (const auto* r : All<ast::ReviewClause>(Clause::kReview)) {
      const auto policy = PolicyByName(r->policy.text);
      if (!policy) {
        cx_.Report(Error("E0504", fmt::format("unknown review policy `{}` (presumption_of_denial, case_by_case, presumption_of_approval)", r->policy.text), r->policy.span));
        failed_ = true;
        continue;
      }
      if (after_otherwise) {
        cx_.Report(Error("E0603", "this review arm is unreachable: an earlier arm says `otherwise`", r->keyword.span));
        failed_ = true;
      }
      ReviewArm arm{*policy, std::nullopt};
      if (r->when) arm.when = BoolExpr(*r->when);
      if (r->otherwise || !r->when) after_otherwise = true;
      if (single && !r->when) {
        cx_.Report(Error("E0502", "an override needs a condition: `review POLICY when CONDITION`", r->keyword.span));
        failed_ = true;
      }
      arms.push_back(arm);
    }
    return arms;
  }

  void Override(RuleInfo info) {
    OverrideRule rule;
    rule.info = std::move(info);
    rule.of = Requirements(*One<ast::NameListClause>(Clause::kOf));
    const auto arms = ReviewArms(true);
    if (arms.size() != 1) {
      cx_.Report(Error("E0503", "an override sets one review policy", d_.id.span));
      return;
    }
    if (failed_ || !arms[0].when) return;
    rule.policy = arms[0].policy;
    rule.when = *arms[0].when;
    cx_.model.overrides.push_back(std::move(rule));
  }

  void Exception(RuleInfo info) {
    ExceptionRule rule;
    rule.info = std::move(info);
    const auto* code = One<ast::NameListClause>(Clause::kCode);
    if (code->names.size() != 1) {
      cx_.Report(Error("E0302", "`code` takes one name, like `code NAC`", code->keyword.span));
      return;
    }
    rule.code = code->names[0].text;
    rule.authorizes = Requirements(*One<ast::NameListClause>(Clause::kAuthorizes));
    const auto when = Condition(Clause::kWhen);
    rule.when = when ? *when : True();
    if (const auto* r = One<ast::StringClause>(Clause::kRequires)) rule.requires_text = r->text.value;
    if (failed_) return;
    cx_.model.exceptions.push_back(std::move(rule));
  }

  Context& cx_;
  const ast::File& file_;
  const ast::RuleDecl& d_;
  Interval interval_;
  bool failed_ = false;
};

}  // namespace

void CheckRules(Context& cx) {
  for (const auto& file : cx.files) {
    for (std::size_t i = 0; i < file.decls.size(); ++i) {
      const auto* d = std::get_if<ast::RuleDecl>(&file.decls[i]);
      if (d == nullptr) continue;
      const auto it = cx.rule_ids.find(d->id.text);
      if (it == cx.rule_ids.end() || it->second.file != &file || it->second.index != i) continue;  // duplicate id
      if (d->incomplete) continue;  // the parser reported why
      const std::size_t before = cx.model.requirements.size();
      RuleBuilder(cx, file, *d).Build();
      // Requirement indices were handed out when names were declared; a requirement that failed
      // to build keeps its slot (a model with errors is never returned), so later ones still line up.
      if (d->kind == ast::RuleKind::kRequire && cx.model.requirements.size() == before) {
        RequireRule placeholder;
        placeholder.info.id = d->id.text;
        placeholder.info.span = d->span;
        cx.model.requirements.push_back(std::move(placeholder));
      }
    }
  }
}

}  // namespace chipgate::check
