// Model printing (see model_print.hpp).
#include "check/model_print.hpp"

#include <fmt/format.h>

namespace chipgate {
namespace {

std::string IntervalText(const Interval& i) {
  return fmt::format("[{} .. {})", i.from.ToString(), i.until ? i.until->ToString() : "open");
}

std::string Typed(const Node& n) {
  if (n.type == Type::kNumber && !n.unit.IsDimensionless()) return fmt::format(":{}", n.unit.ToString());
  return "";
}

const char* OpName(NodeOp op) {
  switch (op) {
    case NodeOp::kNot: return "not";
    case NodeOp::kNegate: return "neg";
    case NodeOp::kAnd: return "and";
    case NodeOp::kOr: return "or";
    case NodeOp::kIn: return "in";
    case NodeOp::kUnion: return "union";
    case NodeOp::kDifference: return "minus";
    default: return "?";
  }
}

std::string Rule(const RuleInfo& r, const std::string& head) {
  std::string out = fmt::format("{} {} {}", head, r.id, IntervalText(r.in_force));
  if (r.status != RuleStatus::kInForce) out += fmt::format(" status={}", RuleStatusName(r.status));
  return out + "\n";
}

}  // namespace

std::string PrintNode(const Model& m, NodeId id) {
  const Node& n = m.node(id);
  auto kids = [&](std::string head) {
    for (const auto c : n.children) head += " " + PrintNode(m, c);
    return "(" + head + ")";
  };
  switch (n.op) {
    case NodeOp::kConstBool: return n.boolean ? "true" : "false";
    case NodeOp::kConstNumber: return n.number.ToString(6) + Typed(n);
    case NodeOp::kConstString: return "\"" + n.text + "\"";
    case NodeOp::kConstKind: return "kind:" + n.text;
    case NodeOp::kParam: return "param:" + n.text + Typed(n);
    case NodeOp::kNumberField: return "field:" + std::string(InfoOf(static_cast<NumberField>(n.index)).key) + Typed(n);
    case NodeOp::kAttr: return "attr:" + n.text;
    case NodeOp::kDense: return "dense_tops[p]" + Typed(n);
    case NodeOp::kTable: return m.tables[n.index].name + "[p]" + Typed(n);
    case NodeOp::kMetric: return "metric:" + m.metrics[n.index].name + Typed(n);
    case NodeOp::kEccn: return "eccn:" + m.eccns[n.index].name;
    case NodeOp::kContains: return "(contains eccn:" + m.eccns[n.index].name + ")";
    case NodeOp::kInput: return std::string("input:") + InputName(static_cast<Input>(n.index));
    case NodeOp::kArith: return kids(std::string(1, n.arith)) + Typed(n);
    case NodeOp::kAggregate: return kids(std::string(AggregateName(n.aggregate)) + " over precision") + Typed(n);
    case NodeOp::kCompare: {
      std::string out = "(cmp " + PrintNode(m, n.children[0]);
      for (std::size_t i = 0; i < n.cmps.size(); ++i) out += fmt::format(" {} {}", CmpOpText(n.cmps[i]), PrintNode(m, n.children[i + 1]));
      return out + ")";
    }
    case NodeOp::kCountryLiteral: {
      std::string out;
      for (const auto c : n.countries) out += (out.empty() ? "" : ", ") + c.ToString();
      return "{" + out + "}";
    }
    case NodeOp::kStringLiteral: return fmt::format("[\"{}\"]", fmt::join(n.strings, "\", \""));
    case NodeOp::kGroup: return "group:" + m.groups[n.index].name;
    case NodeOp::kSet: return "set:" + m.sets[n.index].name;
    default: return kids(OpName(n.op));
  }
}

std::string PrintModel(const Model& m) {
  std::string out;
  for (const auto& p : m.params) {
    out += fmt::format("param {} : {} = {}\n", p.name, p.type == Type::kBool ? "bool" : p.unit.ToString(),
                       p.type == Type::kBool ? (p.default_bool ? "true" : "false") : p.default_number.ToString());
  }
  for (const auto& t : m.tables) out += fmt::format("table {} : precision -> {}\n", t.name, t.unit.ToString());
  for (const auto& x : m.metrics) out += fmt::format("metric {} : {} = {}\n", x.name, x.unit.ToString(), PrintNode(m, x.body));
  for (const auto& g : m.groups) {
    out += fmt::format("group {}:", g.name);
    for (const auto& mem : g.members) {
      out += " " + mem.country.ToString();
      if (mem.interval.from > Date::FromCivil(1900, 1, 1) || mem.interval.until) out += IntervalText(mem.interval);
    }
    out += "\n";
  }
  for (const auto& s : m.sets) out += fmt::format("set {} = {}\n", s.name, PrintNode(m, s.body));
  for (const auto& t : m.treats) out += fmt::format("treat {} as {} {}\n", t.country.ToString(), t.as.ToString(), IntervalText(t.interval));
  for (const auto& e : m.eccns) {
    out += fmt::format("eccn {}{}\n", e.name, e.is_criterion ? " (criterion)" : "");
    for (const auto r : e.rules) {
      const ClassifyRule& rule = m.classify_rules[r];
      out += "  " + Rule(rule.info, "classify") + "    when " + PrintNode(m, rule.when) + "\n";
      if (rule.unless) out += "    unless " + PrintNode(m, *rule.unless) + "\n";
    }
    for (const auto n : e.notes) out += fmt::format("  excluded by note {}\n", m.notes[n].info.id);
  }
  for (const auto& n : m.notes) out += Rule(n.info, "note") + "  when " + PrintNode(m, n.when) + "\n";
  for (const auto& r : m.requirements) {
    out += Rule(r.info, "require");
    if (!r.letter_vendor.empty()) out += fmt::format("  letter to {}\n", r.letter_vendor);
    if (!r.eccns.empty()) {
      out += "  for";
      for (const auto e : r.eccns) out += " " + m.eccns[e].name;
      out += "\n";
    }
    if (r.when) out += "  when " + PrintNode(m, *r.when) + "\n";
    for (const auto& a : r.review) out += fmt::format("  review {} {}\n", ReviewPolicyName(a.policy), a.when ? "when " + PrintNode(m, *a.when) : "otherwise");
  }
  for (const auto& o : m.overrides) {
    out += Rule(o.info, "override");
    for (const auto r : o.of) out += "  of " + m.requirements[r].info.id + "\n";
    out += fmt::format("  review {} when {}\n", ReviewPolicyName(o.policy), PrintNode(m, o.when));
  }
  for (const auto& x : m.exceptions) {
    out += Rule(x.info, "exception " + x.code);
    for (const auto r : x.authorizes) out += "  authorizes " + m.requirements[r].info.id + "\n";
    out += "  when " + PrintNode(m, x.when) + "\n";
  }
  return out;
}

}  // namespace chipgate
