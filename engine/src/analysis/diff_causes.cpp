// What differs in the rules between the two sides of a diff (see diff_detail.hpp). Between dates
// the model is one: the intervals say what differs. Between trees, rules and definitions are
// compared by their source text (whitespace and comments aside), memberships by the countries
// in each group on the date.
#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <tuple>

#include "analysis/diff_detail.hpp"

namespace chipgate::analysis {
namespace {

// Members listed without dates start at the checker's 1900-01-01: "always" in words.
bool Open(Date d) { return d.year() <= 1900; }

std::string IntervalText(const Interval& i) {
  if (!i.until) return Open(i.from) ? "always" : fmt::format("from {}", i.from.ToString());
  return Open(i.from) ? fmt::format("until {}", i.until->ToString()) : fmt::format("{} until {}", i.from.ToString(), i.until->ToString());
}

// What happened between the dates, going forward in time when `to` is later: "takes effect on
// 2023-11-17", "ends on 2026-02-04"; looking back, which date it holds on.
std::string Change(const Interval& i, bool on_to, Date from, Date to, const char* start, const char* end) {
  if (from < to) return on_to ? fmt::format("{} on {}", start, i.from.ToString()) : fmt::format("{} on {}", end, i.until->ToString());
  return fmt::format("holds on {} only ({})", (on_to ? to : from).ToString(), IntervalText(i));
}

// Every rule of the model with its kind word: (info, "classify 3A090.a.1" / "require" ...).
std::vector<std::pair<const RuleInfo*, std::string>> AllRules(const Model& m) {
  std::vector<std::pair<const RuleInfo*, std::string>> out;
  for (const auto& r : m.classify_rules) out.emplace_back(&r.info, "classify " + m.eccns[r.eccn].name);
  for (const auto& r : m.notes) out.emplace_back(&r.info, "note");
  for (const auto& r : m.requirements) out.emplace_back(&r.info, r.letter_vendor.empty() ? "require" : "letter to " + r.letter_vendor);
  for (const auto& r : m.overrides) out.emplace_back(&r.info, "override");
  for (const auto& r : m.exceptions) out.emplace_back(&r.info, "exception " + r.code);
  return out;
}

// A declaration's text without comments, with whitespace runs collapsed.
std::string Normalized(const SourceSet* sources, const Span& span) {
  if (sources == nullptr || span.file >= sources->size()) return "";
  const std::string& text = sources->file(span.file).text();
  if (span.end > text.size() || span.begin > span.end) return "";
  std::string out;
  bool comment = false;
  bool space = false;
  for (std::size_t i = span.begin; i < span.end; ++i) {
    const char c = text[i];
    if (c == '#') comment = true;
    if (c == '\n') comment = false;
    if (comment) continue;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::set<std::uint32_t> ReferencedGroups(const Model& m) {
  std::set<std::uint32_t> out;
  for (const auto& n : m.nodes) {
    if (n.op == NodeOp::kGroup) out.insert(n.index);
  }
  return out;
}

bool MemberOn(const GroupSym& g, CountryCode c, Date d, const Membership** which = nullptr) {
  for (const auto& m : g.members) {
    if (m.country == c && m.interval.Contains(d)) {
      if (which != nullptr) *which = &m;
      return true;
    }
  }
  return false;
}

void Memberships(const Model& m, Date from, Date to, std::vector<Cause>& out) {
  for (const auto g : ReferencedGroups(m)) {
    const GroupSym& group = m.groups[g];
    std::set<CountryCode> countries;
    for (const auto& member : group.members) countries.insert(member.country);
    for (const auto c : countries) {
      const Membership* at_from = nullptr;
      const Membership* at_to = nullptr;
      const bool a = MemberOn(group, c, from, &at_from);
      const bool b = MemberOn(group, c, to, &at_to);
      if (a == b) continue;
      const Membership& which = b ? *at_to : *at_from;
      Cause cause{CauseKind::kMembership, group.name, c, b, "", {}, false};
      const std::string what = from >= to ? fmt::format("is in {} on {} only ({})", group.name, (b ? to : from).ToString(), IntervalText(which.interval))
                               : b        ? fmt::format("joins {} on {}", group.name, which.interval.from.ToString())
                                          : fmt::format("leaves {} on {}", group.name, which.interval.until->ToString());
      cause.text = fmt::format("{} ({}) {}: {}", c.ToString(), c.Name(), what, which.cite.empty() ? "no citation" : which.cite);
      if (!which.cite.empty()) cause.cites.push_back(which.cite);
      out.push_back(std::move(cause));
    }
  }
}

}  // namespace

void SortCauses(std::vector<Cause>& causes) {
  std::sort(causes.begin(), causes.end(), [](const Cause& x, const Cause& y) {
    return std::forward_as_tuple(x.kind, x.id, x.country, x.on_b) < std::forward_as_tuple(y.kind, y.id, y.country, y.on_b);
  });
}

std::vector<Cause> DateCauses(const Model& m, Date from, Date to) {
  std::vector<Cause> out;
  for (const auto& [info, kind] : AllRules(m)) {
    const bool a = info->in_force.Contains(from);
    const bool b = info->in_force.Contains(to);
    if (a == b) continue;
    Cause cause{CauseKind::kRuleForce, info->id, std::nullopt, b, "", info->cites, false};
    cause.text = fmt::format("{} ({}) {}: {}", info->id, kind, Change(info->in_force, b, from, to, "takes effect", "ends"), info->title);
    out.push_back(std::move(cause));
  }
  Memberships(m, from, to, out);
  for (const auto& t : m.treats) {
    const bool a = t.interval.Contains(from);
    const bool b = t.interval.Contains(to);
    if (a == b) continue;
    out.push_back({CauseKind::kTreat, t.country.ToString() + " as " + t.as.ToString(), t.country, b,
                   fmt::format("{} treated as {}: {}: {}", t.country.ToString(), t.as.ToString(),
                               Change(t.interval, b, from, to, "takes effect", "ends"), t.title),
                   {t.cite}, false});
  }
  SortCauses(out);
  return out;
}

namespace {

void RuleTextCauses(const RuleTree& a, const RuleTree& b, std::vector<Cause>& out) {
  std::map<std::string, std::pair<const RuleInfo*, std::string>> rules_a;
  std::map<std::string, std::pair<const RuleInfo*, std::string>> rules_b;
  for (const auto& [info, kind] : AllRules(*a.model)) rules_a[info->id] = {info, kind};
  for (const auto& [info, kind] : AllRules(*b.model)) rules_b[info->id] = {info, kind};
  for (const auto& [id, rule] : rules_a) {
    const auto other = rules_b.find(id);
    if (other == rules_b.end()) {
      out.push_back({CauseKind::kRuleRemoved, id, std::nullopt, false,
                     fmt::format("{} ({}) is in the first rule tree only: {}", id, rule.second, rule.first->title), rule.first->cites, false});
    } else if (Normalized(a.sources, rule.first->span) != Normalized(b.sources, other->second.first->span)) {
      out.push_back({CauseKind::kRuleEdited, id, std::nullopt, true,
                     fmt::format("{} ({}) differs between the rule trees: {}", id, rule.second, other->second.first->title),
                     other->second.first->cites, false});
    }
  }
  for (const auto& [id, rule] : rules_b) {
    if (rules_a.count(id) > 0) continue;
    out.push_back({CauseKind::kRuleAdded, id, std::nullopt, true,
                   fmt::format("{} ({}) is in the second rule tree only: {}", id, rule.second, rule.first->title), rule.first->cites, false});
  }
}

// Group memberships on the date, by group name.
void MembershipTreeCauses(const RuleTree& a, const RuleTree& b, Date date, std::vector<Cause>& out) {
  std::set<std::string> names;
  for (const auto& g : a.model->groups) names.insert(g.name);
  for (const auto& g : b.model->groups) names.insert(g.name);
  for (const auto& name : names) {
    const auto ga = a.model->FindGroup(name);
    const auto gb = b.model->FindGroup(name);
    std::set<CountryCode> countries;
    for (const auto* g : {ga ? &a.model->groups[*ga] : nullptr, gb ? &b.model->groups[*gb] : nullptr}) {
      if (g == nullptr) continue;
      for (const auto& m : g->members) countries.insert(m.country);
    }
    for (const auto c : countries) {
      const bool in_a = ga && MemberOn(a.model->groups[*ga], c, date);
      const bool in_b = gb && MemberOn(b.model->groups[*gb], c, date);
      if (in_a == in_b) continue;
      out.push_back({CauseKind::kMembership, name, c, in_b,
                     fmt::format("{} ({}) is in {} on {} in the {} rule tree only", c.ToString(), c.Name(), name, date.ToString(), in_b ? "second" : "first"),
                     {}, false});
    }
  }
}

std::map<std::string, std::string> Definitions(const RuleTree& t) {
  std::map<std::string, std::string> out;
  for (const auto& s : t.model->sets) out["set " + s.name] = Normalized(t.sources, s.span);
  for (const auto& s : t.model->metrics) out["metric " + s.name] = Normalized(t.sources, s.span);
  for (const auto& s : t.model->tables) out["table " + s.name] = Normalized(t.sources, s.span);
  for (const auto& s : t.model->params) out["param " + s.name] = Normalized(t.sources, s.span);
  return out;
}

// Sets, metrics, tables and params whose text differs.
void DefinitionCauses(const RuleTree& a, const RuleTree& b, std::vector<Cause>& out) {
  const auto defs_a = Definitions(a);
  const auto defs_b = Definitions(b);
  std::set<std::string> all;
  for (const auto& [k, v] : defs_a) all.insert(k);
  for (const auto& [k, v] : defs_b) all.insert(k);
  for (const auto& k : all) {
    const auto x = defs_a.find(k);
    const auto y = defs_b.find(k);
    if (x != defs_a.end() && y != defs_b.end() && x->second == y->second) continue;
    const char* how = x == defs_a.end() ? "is in the second rule tree only" : y == defs_b.end() ? "is in the first rule tree only" : "differs between the rule trees";
    out.push_back({CauseKind::kDefinition, k, std::nullopt, y != defs_b.end(), fmt::format("{} {}", k, how), {}, false});
  }
}

}  // namespace

std::vector<Cause> TreeCauses(const RuleTree& a, const RuleTree& b, Date date) {
  std::vector<Cause> out;
  RuleTextCauses(a, b, out);
  MembershipTreeCauses(a, b, date, out);
  DefinitionCauses(a, b, out);
  SortCauses(out);
  return out;
}

}  // namespace chipgate::analysis
