// Text for explanations: exact decimals, and expressions with the item's values substituted so
// the arithmetic can be checked by hand ("1978.9 TOPS (fp8) x 8 bit = 15831.2").
#include <fmt/format.h>

#include <algorithm>

#include "explain/evaluator.hpp"

namespace chipgate::explain {

void MergeMissing(std::vector<std::string>& to, const std::vector<std::string>& from) {
  for (const auto& m : from) {
    if (std::find(to.begin(), to.end(), m) == to.end()) to.push_back(m);
  }
}

std::string Show(const Rational& r, int digits) {
  bool exact = true;
  const std::string text = r.ToString(digits, &exact);
  return exact ? text : "≈" + text;
}

std::string Evaluator::Render(NodeId id, std::size_t item, std::optional<Precision> p) {
  const Node& n = model_.node(id);
  switch (n.op) {
    case NodeOp::kArith:
      return fmt::format("{} {} {}", Render(n.children[0], item, p), n.arith == '*' ? "x" : std::string(1, n.arith),
                         Render(n.children[1], item, p));
    case NodeOp::kNegate: return "-" + Render(n.children[0], item, p);
    case NodeOp::kAggregate: {
      // Show the term that decided a max/min: the precision and its factors.
      std::optional<Precision> best;
      std::optional<Rational> best_value;
      for (std::size_t i = 0; i < kPrecisionCount; ++i) {
        const Value t = Eval(n.children[0], item, nullptr, static_cast<Precision>(i));
        if (t.skip || !t.number) continue;
        const bool better = !best_value || (n.aggregate == Aggregate::kMin ? *t.number < *best_value : *t.number > *best_value);
        if (better) {
          best = static_cast<Precision>(i);
          best_value = t.number;
        }
      }
      if (!best || n.aggregate == Aggregate::kSum) return n.source;
      return fmt::format("{} [{}: {}]", AggregateName(n.aggregate), PrecisionKey(*best), Render(n.children[0], item, best));
    }
    default: break;
  }
  const Value v = Eval(id, item, nullptr, p);
  if (!v.number) return v.skip ? "(not supported)" : n.source + " (unknown)";
  std::string unit = n.unit.IsDimensionless() ? "" : " " + n.unit.ToString();
  if (n.op == NodeOp::kMetric) return fmt::format("{} {}{}", n.source, Show(*v.number, 6), unit);
  return Show(*v.number, 6) + unit;
}

}  // namespace chipgate::explain
