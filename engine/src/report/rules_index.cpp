// The rules index (see rules_index.hpp).
#include "report/rules_index.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace chipgate {
namespace {

std::string Cell(std::string s) {
  std::replace(s.begin(), s.end(), '|', '/');
  std::replace(s.begin(), s.end(), '\n', ' ');
  return s;
}

std::string Dates(const Interval& i) {
  return i.until ? fmt::format("{} to {}", i.from.ToString(), i.until->AddDays(-1).ToString())
                 : fmt::format("from {}", i.from.ToString());
}

std::string Cites(const RuleInfo& r) { return Cell(fmt::format("{}", fmt::join(r.cites, "; "))); }

// Bool params a condition reads: such a rule applies only when the param is switched on.
void Switches(const Model& m, NodeId id, std::vector<std::string>& out) {
  const Node& n = m.node(id);
  if (n.op == NodeOp::kParam && m.params[n.index].type == Type::kBool &&
      std::find(out.begin(), out.end(), n.text) == out.end()) {
    out.push_back(n.text);
  }
  for (const auto c : n.children) Switches(m, c, out);
}

std::string Row(const Model& m, const RuleInfo& r, std::optional<NodeId> when, const std::string& what, Date as_of) {
  std::string status = RuleStatusOn(r, as_of);
  std::vector<std::string> switches;
  if (when) Switches(m, *when, switches);
  for (const auto& p : switches) status += fmt::format("; off unless `--param {}={}`", p, m.params[*m.FindParam(p)].default_bool ? "false" : "true");
  return fmt::format("| `{}` | {} | {} | {} | {} |\n", r.id, Cell(what), Dates(r.in_force), status, Cites(r));
}

constexpr const char* kHeader = "| rule | what it encodes | in force | status | citation |\n|---|---|---|---|---|\n";

}  // namespace

std::string RuleStatusOn(const RuleInfo& r, Date as_of) {
  std::string s;
  if (r.status == RuleStatus::kAnnouncedRescinded) {
    s = "announced rescinded";
  } else if (r.in_force.until && *r.in_force.until <= as_of) {
    s = "superseded";
  } else if (as_of < r.in_force.from) {
    s = "not yet in force";
  } else {
    s = "in force";
  }
  if (r.status == RuleStatus::kUnconfirmed) s += " (unconfirmed encoding)";
  if (!r.status_note.empty()) s += ": " + Cell(r.status_note);
  return s;
}

std::string RulesIndexMarkdown(const Model& m, Date as_of) {
  std::string out = fmt::format("Status as of {}. `until` dates in the rule files are the first day a rule no longer applies; the\n"
                                "\"in force\" column shows the last day it did.\n\n",
                                as_of.ToString());
  out += "## Classifications (ECCN paragraphs)\n\n";
  out += kHeader;
  for (const auto& r : m.classify_rules) out += Row(m, r.info, r.when, fmt::format("{}: {}", m.eccns[r.eccn].name, r.info.title), as_of);
  out += "\n## Notes and exclusions\n\n";
  out += kHeader;
  for (const auto& n : m.notes) out += Row(m, n.info, n.when, fmt::format("excludes {}: {}", fmt::join(n.excludes, ", "), n.info.title), as_of);
  out += "\n## License requirements\n\n";
  out += kHeader;
  for (const auto& r : m.requirements) {
    std::string what = r.info.title;
    if (!r.letter_vendor.empty()) what = fmt::format("letter to {}: {} ({})", r.letter_vendor, what, r.letter_source);
    out += Row(m, r.info, r.when, what, as_of);
  }
  out += "\n## Review policy overrides\n\n";
  out += kHeader;
  for (const auto& o : m.overrides) out += Row(m, o.info, o.when, fmt::format("{}: {}", ReviewPolicyName(o.policy), o.info.title), as_of);
  out += "\n## License exceptions\n\n";
  out += kHeader;
  for (const auto& x : m.exceptions) out += Row(m, x.info, x.when, fmt::format("{}: {}", x.code, x.info.title), as_of);
  out += "\n## Country groups and their changes\n\n| group | members on the date | dated changes | citation |\n|---|---|---|---|\n";
  for (const auto& g : m.groups) {
    std::vector<std::string> now;
    std::vector<std::string> changes;
    for (const auto& member : g.members) {
      if (member.interval.Contains(as_of)) now.push_back(member.country.ToString());
      if (member.interval.from > Date::FromCivil(1900, 1, 1)) changes.push_back(fmt::format("{} in from {} ({})", member.country.ToString(), member.interval.from.ToString(), Cell(member.cite)));
      if (member.interval.until) changes.push_back(fmt::format("{} out from {} ({})", member.country.ToString(), member.interval.until->ToString(), Cell(member.cite)));
    }
    out += fmt::format("| `{}` {} | {} ({}) | {} | {} |\n", g.name, Cell(g.title), fmt::join(now, " "), now.size(),
                       changes.empty() ? "-" : fmt::format("{}", fmt::join(changes, "; ")), Cell(fmt::format("{}", fmt::join(g.cites, "; "))));
  }
  for (const auto& t : m.treats) {
    out += fmt::format("\n{} is treated as {} from {} ({}).\n", t.country.ToString(), t.as.ToString(), t.interval.from.ToString(), Cell(t.cite));
  }
  return out;
}

}  // namespace chipgate
