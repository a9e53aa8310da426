// Solving a threshold for one design spec through the rules' checked expressions (see
// headroom_detail.hpp). Each arithmetic step is inverted exactly: for `a / x = y` the spec value
// is `a / y`, for `x + b = y` it is `y - b`, and so on, with the other operand evaluated for the
// item. Rationals keep the answer exact, so the boundary is the regulation's boundary.
#include "analysis/headroom_detail.hpp"

namespace chipgate::analysis {
namespace {

// value(s) = s * value(1) when every dense figure is multiplied by s > 0.
bool Homogeneous(const Model& model, NodeId id, const Spec& tpp) {
  const Node& n = model.node(id);
  switch (n.op) {
    case NodeOp::kDense: return true;
    case NodeOp::kMetric: return Homogeneous(model, model.metrics[n.index].body, tpp);
    case NodeOp::kAggregate:
    case NodeOp::kNegate: return Homogeneous(model, n.children[0], tpp);
    case NodeOp::kArith: {
      const NodeId a = n.children[0];
      const NodeId b = n.children[1];
      if (n.arith == '*') {
        return (Homogeneous(model, a, tpp) && !DependsOn(model, b, tpp)) || (!DependsOn(model, a, tpp) && Homogeneous(model, b, tpp));
      }
      if (n.arith == '/') return Homogeneous(model, a, tpp) && !DependsOn(model, b, tpp);
      return Homogeneous(model, a, tpp) && Homogeneous(model, b, tpp);
    }
    default: return false;
  }
}

// The value the dependent operand of `n` must take for `n` to equal `y`.
std::optional<Rational> InvertStep(const Node& n, bool left_depends, Rational other, Rational y) {
  switch (n.arith) {
    case '+': return Rational::Sub(y, other);
    case '-': return left_depends ? Rational::Add(y, other) : Rational::Sub(other, y);
    case '*': return Rational::Div(y, other);
    case '/': return left_depends ? Rational::Mul(y, other) : Rational::Div(other, y);
    default: return std::nullopt;
  }
}

// Solves `node == y` for the spec: for TPP the answer is the scale factor of the dense figures.
std::optional<Rational> Solve(explain::Evaluator& ev, std::size_t item, NodeId id, const Spec& spec, Rational y) {
  const Model& model = ev.model();
  const Node& n = model.node(id);
  if (spec.kind == Spec::Kind::kTpp && Homogeneous(model, id, spec)) {
    const explain::Value now = ev.Eval(id, item, nullptr);
    if (!now.number || now.number->IsZero()) return std::nullopt;
    return Rational::Div(y, *now.number);
  }
  switch (n.op) {
    case NodeOp::kNumberField:
      if (spec.kind == Spec::Kind::kNumber && n.index == static_cast<std::uint32_t>(spec.field)) return y;
      return std::nullopt;
    case NodeOp::kMetric: return Solve(ev, item, model.metrics[n.index].body, spec, y);
    case NodeOp::kNegate: {
      const auto negated = Rational::Sub(Rational(0), y);
      if (!negated) return std::nullopt;
      return Solve(ev, item, n.children[0], spec, *negated);
    }
    case NodeOp::kArith: {
      const bool left = DependsOn(model, n.children[0], spec);
      const bool right = DependsOn(model, n.children[1], spec);
      if (left == right) return std::nullopt;  // both sides, or neither: not a single inversion
      const explain::Value other = ev.Eval(n.children[left ? 1 : 0], item, nullptr);
      if (!other.number) return std::nullopt;
      const auto inner = InvertStep(n, left, *other.number, y);
      if (!inner) return std::nullopt;
      return Solve(ev, item, n.children[left ? 0 : 1], spec, *inner);
    }
    default: return std::nullopt;
  }
}

}  // namespace


bool DependsOn(const Model& model, NodeId id, const Spec& spec) {
  const Node& n = model.node(id);
  switch (n.op) {
    case NodeOp::kNumberField: return spec.kind == Spec::Kind::kNumber && n.index == static_cast<std::uint32_t>(spec.field);
    case NodeOp::kDense: return spec.kind == Spec::Kind::kTpp;
    case NodeOp::kMetric: return DependsOn(model, model.metrics[n.index].body, spec);
    case NodeOp::kArith:
    case NodeOp::kNegate:
    case NodeOp::kAggregate:
      for (const auto c : n.children) {
        if (DependsOn(model, c, spec)) return true;
      }
      return false;
    default: return false;
  }
}

std::optional<Rational> SolveSpec(explain::Evaluator& ev, std::size_t item, NodeId node, const Spec& spec, Rational target,
                                  const std::optional<Rational>& tpp_now) {
  const auto solved = Solve(ev, item, node, spec, target);
  if (!solved || spec.kind != Spec::Kind::kTpp) return solved;
  if (!tpp_now) return std::nullopt;
  const auto tpp = Rational::Mul(*solved, *tpp_now);
  if (!tpp) return std::nullopt;
  return tpp->Reduced();
}

Rational GridFloor(Rational value, Rational step) {
  const auto units = Rational::Div(value, step);
  if (!units) return value;
  const Int128 num = units->num();
  const Int128 den = units->den();
  Int128 q = num / den;
  if (num % den != 0 && num < 0) --q;
  const auto floor = Rational::Mul(Rational(static_cast<std::int64_t>(q)), step);
  return floor ? floor->Reduced() : value;
}

Rational GridCeil(Rational value, Rational step) {
  const Rational floor = GridFloor(value, step);
  if (floor == value) return value;
  const auto up = Rational::Add(floor, step);
  return up ? up->Reduced() : value;
}

}  // namespace chipgate::analysis
