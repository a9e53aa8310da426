// Stage: country groups (with dated membership), sets of countries or strings, and `treat X as
// Y` substitutions. Also the date and country helpers every stage uses.
#include <fmt/format.h>

#include "check/stages.hpp"

namespace chipgate::check {

std::optional<Date> CheckDate(Context& cx, const ast::DateLit& d) {
  if (const auto date = Date::Parse(d.text)) return date;
  cx.Report(Error("E0401", fmt::format("`{}` is not a calendar date", d.text), d.span));
  return std::nullopt;
}

std::optional<CountryCode> CheckCountry(Context& cx, const ast::Name& n) {
  if (const auto code = CountryCode::Parse(n.text)) return code;
  Diagnostic d = Error("E0203", fmt::format("`{}` is not an ISO 3166-1 alpha-2 country code or a known subdivision", n.text), n.span);
  if (n.text == "UK") d.help = "the United Kingdom is `GB`";
  cx.Report(std::move(d));
  return std::nullopt;
}

namespace {

// From/until pair into an interval; the default start is the dawn of time for our purposes.
std::optional<Interval> MemberInterval(Context& cx, const std::optional<ast::DateLit>& from,
                                       const std::optional<ast::DateLit>& until, Span where) {
  Interval interval{Date::FromCivil(1900, 1, 1), std::nullopt};
  if (from) {
    const auto d = CheckDate(cx, *from);
    if (!d) return std::nullopt;
    interval.from = *d;
  }
  if (until) {
    const auto d = CheckDate(cx, *until);
    if (!d) return std::nullopt;
    interval.until = *d;
  }
  if (interval.until && *interval.until <= interval.from) {
    cx.Report(Error("E0402", "the membership ends before it starts (`until` is the first day it no longer applies)", where));
    return std::nullopt;
  }
  return interval;
}

void CheckGroup(Context& cx, const ast::GroupDecl& d) {
  const auto it = cx.groups.find(d.name.text);
  if (it == cx.groups.end()) return;  // a duplicate, already reported
  GroupSym& group = cx.model.groups[it->second];
  for (const auto& c : d.cites) group.cites.push_back(c.value);
  for (const auto& m : d.members) {
    const auto code = CheckCountry(cx, m.country);
    const auto interval = MemberInterval(cx, m.from, m.until, m.country.span);
    if (!code || !interval) continue;
    for (const auto& existing : group.members) {
      if (existing.country == *code && existing.interval.Overlaps(*interval)) {
        cx.Report(Error("E0202", fmt::format("`{}` is listed twice in `{}` for overlapping dates", m.country.text, d.name.text),
                        m.country.span));
      }
    }
    group.members.push_back(Membership{*code, *interval, m.cite ? m.cite->value : ""});
  }
}

void CheckTreat(Context& cx, const ast::TreatDecl& d) {
  const auto country = CheckCountry(cx, d.country);
  const auto as = CheckCountry(cx, d.as);
  const auto interval = MemberInterval(cx, d.from, d.until, d.span);
  if (!country || !as || !interval) return;
  if (*country == *as) {
    cx.Report(Error("E0302", fmt::format("`treat {} as {}` treats a country as itself", d.country.text, d.as.text), d.span));
    return;
  }
  cx.model.treats.push_back(TreatSym{*country, *as, *interval, d.cite ? d.cite->value : "", d.title ? d.title->value : "", d.span});
}

}  // namespace

void CheckGroups(Context& cx) {
  cx.set_state.assign(cx.model.sets.size(), 0);
  cx.set_decls.assign(cx.model.sets.size(), {nullptr, nullptr});
  for (const auto& file : cx.files) {
    for (const auto& decl : file.decls) {
      if (const auto* g = std::get_if<ast::GroupDecl>(&decl)) CheckGroup(cx, *g);
      if (const auto* t = std::get_if<ast::TreatDecl>(&decl)) CheckTreat(cx, *t);
      if (const auto* s = std::get_if<ast::SetDecl>(&decl)) {
        const auto it = cx.sets.find(s->name.text);
        if (it != cx.sets.end() && cx.model.sets[it->second].span.begin == s->span.begin &&
            cx.model.sets[it->second].span.file == s->span.file) {
          cx.set_decls[it->second] = {&file, s};
        }
      }
    }
  }
  // Bodies are checked on first use; check the rest now (an unused set still must be valid).
  for (std::uint32_t i = 0; i < cx.model.sets.size(); ++i) {
    if (cx.set_state[i] != 0 || cx.set_decls[i].second == nullptr) continue;
    ExprScope scope;
    scope.allow_item = false;
    cx.set_state[i] = 1;
    const auto& [file, decl] = cx.set_decls[i];
    scope.set = i;
    const auto body = CheckCollection(cx, *file, decl->value, scope);
    cx.model.sets[i].body = body.value_or(0);
    cx.set_state[i] = body ? 2 : 3;
  }
}

}  // namespace chipgate::check
