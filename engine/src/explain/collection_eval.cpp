// Country and string collections on a date: group memberships by their intervals, set algebra,
// and `treat` substitutions (a Hong Kong destination counts as China).
#include "explain/evaluator.hpp"

namespace chipgate::explain {

CountryCode Evaluator::Treated(CountryCode c) const {
  for (const auto& t : model_.treats) {
    if (t.country == c && t.interval.Contains(date_)) return t.as;
  }
  return c;
}

bool Evaluator::InCountrySet(NodeId set, CountryCode c) const {
  const Node& n = model_.node(set);
  switch (n.op) {
    case NodeOp::kGroup:
      for (const auto& m : model_.groups[n.index].members) {
        if (m.interval.Contains(date_) && (Treated(m.country) == c || Treated(m.country) == c.Country())) return true;
      }
      return false;
    case NodeOp::kSet: return InCountrySet(model_.sets[n.index].body, c);
    case NodeOp::kCountryLiteral:
      for (const auto& m : n.countries) {
        if (Treated(m) == c || Treated(m) == c.Country()) return true;
      }
      return false;
    case NodeOp::kUnion: return InCountrySet(n.children[0], c) || InCountrySet(n.children[1], c);
    case NodeOp::kDifference: return InCountrySet(n.children[0], c) && !InCountrySet(n.children[1], c);
    default: return false;
  }
}

bool Evaluator::InStrings(NodeId set, const std::string& s) const {
  const Node& n = model_.node(set);
  switch (n.op) {
    case NodeOp::kSet: return InStrings(model_.sets[n.index].body, s);
    case NodeOp::kStringLiteral:
      for (const auto& x : n.strings) {
        if (x == s) return true;
      }
      return false;
    case NodeOp::kUnion: return InStrings(n.children[0], s) || InStrings(n.children[1], s);
    case NodeOp::kDifference: return InStrings(n.children[0], s) && !InStrings(n.children[1], s);
    default: return false;
  }
}

}  // namespace chipgate::explain
