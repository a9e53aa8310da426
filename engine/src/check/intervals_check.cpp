// Stages: supersession and reachability.
//
// When a rule says `supersedes X`, X must end exactly where the new rule begins: a gap would
// leave dates with no rule (a silent "not controlled"), an overlap would apply both. And a
// rule must not depend on a classification that no rule defines while it is in force.
#include <fmt/format.h>

#include "check/stages.hpp"
#include "syntax/keywords.hpp"

namespace chipgate::check {
namespace {

struct RuleView {
  const RuleInfo* info;
  const char* kind;
};

std::vector<RuleView> AllRules(const Model& m) {
  std::vector<RuleView> out;
  for (const auto& r : m.classify_rules) out.push_back({&r.info, "classify"});
  for (const auto& r : m.notes) out.push_back({&r.info, "note"});
  for (const auto& r : m.requirements) out.push_back({&r.info, "require"});
  for (const auto& r : m.overrides) out.push_back({&r.info, "override"});
  for (const auto& r : m.exceptions) out.push_back({&r.info, "exception"});
  return out;
}

const ast::NameListClause* Supersedes(const ast::RuleDecl& d) {
  for (const auto& c : d.clauses) {
    if (const auto* l = std::get_if<ast::NameListClause>(&c); l && l->keyword.text == syntax::SpecOf(syntax::Clause::kSupersedes).keyword) return l;
  }
  return nullptr;
}

}  // namespace

void CheckIntervals(Context& cx) {
  std::map<std::string, RuleView> by_id;
  for (const auto& r : AllRules(cx.model)) by_id.emplace(r.info->id, r);
  for (const auto& file : cx.files) {
    for (const auto& decl : file.decls) {
      const auto* d = std::get_if<ast::RuleDecl>(&decl);
      const auto* list = d != nullptr ? Supersedes(*d) : nullptr;
      const auto self = d != nullptr ? by_id.find(d->id.text) : by_id.end();
      if (list == nullptr || self == by_id.end()) continue;
      const Interval& now = self->second.info->in_force;
      for (const auto& old_name : list->names) {
        const auto old = by_id.find(old_name.text);
        if (old == by_id.end()) {
          if (cx.rule_ids.count(old_name.text) == 0) {
            cx.Report(Error("E0205", fmt::format("no rule has the id `{}`", old_name.text), old_name.span));
          }
          continue;
        }
        if (std::string(old->second.kind) != self->second.kind) {
          cx.Report(Error("E0302", fmt::format("a {} rule cannot supersede {} rule `{}`", self->second.kind, old->second.kind, old_name.text), old_name.span));
          continue;
        }
        const Interval& before = old->second.info->in_force;
        if (!before.until) {
          Diagnostic diag = Error("E0405", fmt::format("`{}` is superseded from {} but has no `until`", old_name.text, now.from.ToString()), old_name.span);
          diag.help = fmt::format("add `until {}` to `{}`", now.from.ToString(), old_name.text);
          cx.Report(std::move(diag));
        } else if (*before.until < now.from) {
          Diagnostic diag = Error("E0403", fmt::format("gap: `{}` ends {} but `{}` starts {}; no rule applies in between",
                                                       old_name.text, before.until->ToString(), d->id.text, now.from.ToString()), old_name.span);
          diag.notes.push_back("`until` is the first day on which a rule no longer applies");
          cx.Report(std::move(diag));
        } else if (*before.until > now.from) {
          Diagnostic diag = Error("E0404", fmt::format("overlap: `{}` is in force until {} but `{}` already starts {}",
                                                       old_name.text, before.until->ToString(), d->id.text, now.from.ToString()), old_name.span);
          diag.notes.push_back("`until` is the first day on which a rule no longer applies");
          cx.Report(std::move(diag));
        }
      }
    }
  }
}

void CheckReachability(Context& cx) {
  const Model& m = cx.model;
  for (const auto& ref : cx.eccn_refs) {
    bool defined = false;
    for (const auto r : m.eccns[ref.eccn].rules) {
      if (m.classify_rules[r].info.in_force.Overlaps(ref.interval)) defined = true;
    }
    if (!defined) {
      Diagnostic d = Error("E0604", fmt::format("`{}` is not defined by any rule in force while this rule is", m.eccns[ref.eccn].name), ref.span);
      d.notes.push_back(fmt::format("this rule is in force from {}{}", ref.interval.from.ToString(),
                                    ref.interval.until ? " until " + ref.interval.until->ToString() : ""));
      cx.Report(std::move(d));
    }
  }
  // An exception that authorizes a requirement never in force at the same time is dead.
  for (const auto& e : m.exceptions) {
    for (const auto r : e.authorizes) {
      if (!m.requirements[r].info.in_force.Overlaps(e.info.in_force)) {
        cx.Report(Error("E0605", fmt::format("exception `{}` authorizes `{}`, which is never in force at the same time",
                                             e.info.id, m.requirements[r].info.id), e.info.span));
      }
    }
  }
  for (const auto& o : m.overrides) {
    for (const auto r : o.of) {
      if (!m.requirements[r].info.in_force.Overlaps(o.info.in_force)) {
        cx.Report(Error("E0605", fmt::format("override `{}` changes `{}`, which is never in force at the same time",
                                             o.info.id, m.requirements[r].info.id), o.info.span));
      }
    }
  }
  // Constant-false conditions make a rule unreachable.
  auto constant_false = [&](NodeId id) { return m.nodes[id].op == NodeOp::kConstBool && !m.nodes[id].boolean; };
  for (const auto& r : m.classify_rules) {
    if (constant_false(r.when)) cx.Report(Error("E0602", fmt::format("rule `{}` can never hold: its condition is `false`", r.info.id), r.info.span));
  }
  for (const auto& r : m.requirements) {
    if (r.when && constant_false(*r.when)) cx.Report(Error("E0602", fmt::format("rule `{}` can never hold: its condition is `false`", r.info.id), r.info.span));
  }
  if (m.eccns.size() > kMaxEccns || m.requirements.size() > kMaxRequirements || m.exceptions.size() > kMaxExceptions) {
    cx.Report(Error("E0606", fmt::format("too many rules: at most {} classifications, {} requirements and {} exceptions",
                                         kMaxEccns, kMaxRequirements, kMaxExceptions)));
  }
}

}  // namespace chipgate::check
