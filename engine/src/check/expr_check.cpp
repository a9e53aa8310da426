// Expression checking: literals, operators, comparisons, `in` and calls, with types and units.
// Bare numeric literals take the unit of what they meet ("tpp >= 4800"); literals with a unit
// must match it exactly ("tpp >= 4800 GB/s" is an error).
#include "check/expr_checker.hpp"

namespace chipgate::check {
namespace {

std::optional<CmpOp> CmpByText(const std::string& t) {
  if (t == "<") return CmpOp::kLt;
  if (t == "<=") return CmpOp::kLe;
  if (t == ">") return CmpOp::kGt;
  if (t == ">=") return CmpOp::kGe;
  if (t == "==") return CmpOp::kEq;
  if (t == "!=") return CmpOp::kNe;
  return std::nullopt;
}

}  // namespace

std::optional<NodeId> ExprChecker::Value(ast::ExprId id) {
  const ast::Expr& e = file_.exprs[id];
  switch (e.kind) {
    case ast::ExprKind::kNumber: return Number(e);
    case ast::ExprKind::kString: return Constant(e, NodeOp::kConstString, Type::kString);
    case ast::ExprKind::kBool: return Constant(e, NodeOp::kConstBool, Type::kBool);
    case ast::ExprKind::kName: return Name(e);
    case ast::ExprKind::kIndex: return Index(e);
    case ast::ExprKind::kNot: return Unary(e, NodeOp::kNot, Type::kBool);
    case ast::ExprKind::kNegate: return Unary(e, NodeOp::kNegate, Type::kNumber);
    case ast::ExprKind::kAnd: return Logic(e, NodeOp::kAnd);
    case ast::ExprKind::kOr: return Logic(e, NodeOp::kOr);
    case ast::ExprKind::kArith: return Arith(e);
    case ast::ExprKind::kCompare: return Compare(e);
    case ast::ExprKind::kIn: return In(e);
    case ast::ExprKind::kCall: return Call(e);
    default: break;
  }
  Diagnostic d = Error("E0302", "a collection cannot be used as a value here", e.span);
  d.help = "test membership with `destination in ...`";
  cx_.Report(std::move(d));
  return std::nullopt;
}

Node ExprChecker::Make(NodeOp op, Type type, Span span) const {
  Node n;
  n.op = op;
  n.type = type;
  n.span = span;
  n.source = Text(span);
  return n;
}

std::string ExprChecker::Text(Span s) const {
  return cx_.sources.file(s.file).text().substr(s.begin, s.end - s.begin);
}

std::optional<NodeId> ExprChecker::Constant(const ast::Expr& e, NodeOp op, Type type) {
  Node n = Make(op, type, e.span);
  n.boolean = e.boolean;
  n.text = e.text;
  return cx_.AddNode(std::move(n));
}

std::optional<NodeId> ExprChecker::Number(const ast::Expr& e) {
  const auto value = Rational::FromDecimal(e.text);
  if (!value) {
    cx_.Report(Error("E0306", fmt::format("number `{}` is too large or too precise", e.text), e.span));
    return std::nullopt;
  }
  Node n = Make(NodeOp::kConstNumber, Type::kNumber, e.span);
  n.number = *value;
  n.text = e.text;
  if (!e.unit.empty()) {
    const auto unit = Unit::Parse(e.unit);
    if (!unit) {
      cx_.Report(Error("E0305", fmt::format("unknown unit `{}`", e.unit), e.span));
      return std::nullopt;
    }
    n.unit = *unit;
  }
  const NodeId id = cx_.AddNode(std::move(n));
  if (e.unit.empty()) cx_.bare_literals.insert(id);
  return id;
}

std::optional<NodeId> ExprChecker::ItemOnly(const ast::Expr& e, Node n) {
  if (!scope_.allow_item) {
    cx_.Report(Error("E0302", fmt::format("`{}` depends on the item or the shipment and cannot be used here", e.text), e.span));
    return std::nullopt;
  }
  n.text = e.text;
  return cx_.AddNode(std::move(n));
}

std::optional<NodeId> ExprChecker::Unary(const ast::Expr& e, NodeOp op, Type want) {
  const auto child = Value(e.children[0]);
  if (!ExpectType(cx_, child, want, op == NodeOp::kNot ? "`not`" : "`-`")) return std::nullopt;
  Node n = Make(op, want, e.span);
  n.unit = N(*child).unit;
  n.children = {*child};
  return cx_.AddNode(std::move(n));
}

std::optional<NodeId> ExprChecker::Logic(const ast::Expr& e, NodeOp op) {
  Node n = Make(op, Type::kBool, e.span);
  bool ok = true;
  for (const auto c : e.children) {
    const auto child = Value(c);
    ok = ExpectType(cx_, child, Type::kBool, op == NodeOp::kAnd ? "`and`" : "`or`") && ok;
    if (child) n.children.push_back(*child);
  }
  if (!ok) return std::nullopt;
  return cx_.AddNode(std::move(n));
}

bool ExprChecker::UnifyUnits(NodeId a, NodeId b, const char* verb) {
  const bool bare_a = cx_.bare_literals.count(a) > 0;
  const bool bare_b = cx_.bare_literals.count(b) > 0;
  if (bare_a && !bare_b) {
    MutableN(a).unit = N(b).unit;
    cx_.bare_literals.erase(a);
    return true;
  }
  if (bare_b && !bare_a) {
    MutableN(b).unit = N(a).unit;
    cx_.bare_literals.erase(b);
    return true;
  }
  if (N(a).unit == N(b).unit) return true;
  const Span where{N(b).span.file, std::min(N(a).span.begin, N(b).span.begin), std::max(N(a).span.end, N(b).span.end)};
  const std::string left = fmt::format("`{}` (in {})", Text(N(a).span), N(a).unit.ToString());
  const std::string right = fmt::format("`{}` (in {})", Text(N(b).span), N(b).unit.ToString());
  const std::string message = verb == std::string("add")        ? fmt::format("cannot add {} to {}", right, left)
                              : verb == std::string("subtract") ? fmt::format("cannot subtract {} from {}", right, left)
                                                                : fmt::format("cannot compare {} with {}", left, right);
  Diagnostic d = Error("E0301", message, where);
  if (N(b).op == NodeOp::kConstNumber) {
    d.help = fmt::format("drop the unit, or use a value in `{}`", N(a).unit.ToString());
  } else if (N(a).op == NodeOp::kConstNumber) {
    d.help = fmt::format("drop the unit, or use a value in `{}`", N(b).unit.ToString());
  }
  cx_.Report(std::move(d));
  return false;
}

std::optional<NodeId> ExprChecker::Arith(const ast::Expr& e) {
  const auto a = Value(e.children[0]);
  const auto b = Value(e.children[1]);
  const char* what = e.op == '+' ? "`+`" : e.op == '-' ? "`-`" : e.op == '*' ? "`*`" : "`/`";
  const bool ok_a = ExpectType(cx_, a, Type::kNumber, what);
  if (!ExpectType(cx_, b, Type::kNumber, what) || !ok_a) return std::nullopt;
  Node n = Make(NodeOp::kArith, Type::kNumber, e.span);
  n.arith = e.op;
  n.children = {*a, *b};
  if (e.op == '+' || e.op == '-') {
    if (!UnifyUnits(*a, *b, e.op == '+' ? "add" : "subtract")) return std::nullopt;
    n.unit = N(*a).unit;
  } else {
    // A bare literal in a product is a plain scale factor.
    cx_.bare_literals.erase(*a);
    cx_.bare_literals.erase(*b);
    n.unit = e.op == '*' ? N(*a).unit.Times(N(*b).unit) : N(*a).unit.Over(N(*b).unit);
  }
  return cx_.AddNode(std::move(n));
}

std::optional<NodeId> ExprChecker::Compare(const ast::Expr& e) {
  Node n = Make(NodeOp::kCompare, Type::kBool, e.span);
  for (const auto c : e.children) {
    const auto child = Value(c);
    if (!child) return std::nullopt;
    n.children.push_back(*child);
  }
  for (const auto& op : e.ops) n.cmps.push_back(*CmpByText(op));
  const Type type = N(n.children[0]).type;
  for (std::size_t i = 1; i < n.children.size(); ++i) {
    const Node& prev = N(n.children[i - 1]);
    const Node& cur = N(n.children[i]);
    if (cur.type != type) {
      cx_.Report(Error("E0302", fmt::format("cannot compare `{}` ({}) with `{}` ({})", Text(prev.span), TypeName(prev.type),
                                            Text(cur.span), TypeName(cur.type)), e.span));
      return std::nullopt;
    }
    if (type == Type::kNumber && !UnifyUnits(n.children[i - 1], n.children[i], "compare")) return std::nullopt;
  }
  if (type == Type::kNumber && cx_.bare_literals.count(n.children[0]) > 0) {
    // Unify chains like `2400 <= tpp < 4800`: every bare literal takes the one real unit.
    for (const auto c : n.children) {
      if (cx_.bare_literals.count(c) == 0) {
        for (const auto d : n.children) UnifyUnits(d, c, "compare");
        break;
      }
    }
  }
  if (type != Type::kNumber) {
    const bool equality = n.cmps.size() == 1 && (n.cmps[0] == CmpOp::kEq || n.cmps[0] == CmpOp::kNe);
    if (!equality) {
      cx_.Report(Error("E0302", fmt::format("values of type {} can only be tested with `==` or `!=`", TypeName(type)), e.span));
      return std::nullopt;
    }
    if (type == Type::kCountry || type == Type::kCountrySet || type == Type::kStringSet) {
      Diagnostic d = Error("E0302", "use `in` to test a country", e.span);
      d.help = "write `destination in {CN}`";
      cx_.Report(std::move(d));
      return std::nullopt;
    }
    if (!TransactionLiteralsValid(n.children[0], {n.children[1]})) return std::nullopt;
  }
  return cx_.AddNode(std::move(n));
}

// `transaction` compares only with the three kinds of transaction; a misspelt one would
// otherwise never match.
bool ExprChecker::TransactionLiteralsValid(NodeId a, const std::vector<NodeId>& others) {
  const Node& lhs = N(a);
  const bool a_is = lhs.op == NodeOp::kInput && static_cast<Input>(lhs.index) == Input::kTransaction;
  for (const auto o : others) {
    const Node& other = N(o);
    const bool o_is = other.op == NodeOp::kInput && static_cast<Input>(other.index) == Input::kTransaction;
    if (!a_is && !o_is) continue;
    std::vector<std::string> texts = other.op == NodeOp::kConstString ? std::vector<std::string>{other.text}
                                     : lhs.op == NodeOp::kConstString ? std::vector<std::string>{lhs.text}
                                                                      : other.strings;
    for (const auto& t : texts) {
      if (TransactionByName(t)) continue;
      cx_.Report(Error("E0302", fmt::format("`{}` is not a transaction; `transaction` is `export`, `reexport` or `transfer`", t), other.span));
      return false;
    }
  }
  return true;
}

std::optional<NodeId> ExprChecker::In(const ast::Expr& e) {
  const auto lhs = Value(e.children[0]);
  const auto rhs = Collection(e.children[1]);
  if (!lhs || !rhs) return std::nullopt;
  const Type l = N(*lhs).type;
  const Type r = N(*rhs).type;
  if (!((l == Type::kCountry && r == Type::kCountrySet) || (l == Type::kString && r == Type::kStringSet))) {
    cx_.Report(Error("E0302", fmt::format("cannot test whether a {} is in a {}", TypeName(l), TypeName(r)), e.span));
    return std::nullopt;
  }
  if (N(*rhs).op == NodeOp::kStringLiteral && !TransactionLiteralsValid(*lhs, {*rhs})) return std::nullopt;
  Node n = Make(NodeOp::kIn, Type::kBool, e.span);
  n.children = {*lhs, *rhs};
  return cx_.AddNode(std::move(n));
}

std::optional<NodeId> ExprChecker::Call(const ast::Expr& e) {
  if (e.text == "contains") {
    if (e.children.size() != 1 || e.var || file_.exprs[e.children[0]].kind != ast::ExprKind::kName ||
        !IsEccnName(file_.exprs[e.children[0]].text)) {
      cx_.Report(Error("E0302", "`contains` takes one classification, like `contains(3A090.a)`", e.span));
      return std::nullopt;
    }
    return Eccn(file_.exprs[e.children[0]], NodeOp::kContains);
  }
  const auto aggregate = AggregateByName(e.text);
  if (!aggregate) {
    cx_.Report(Error("E0201", fmt::format("unknown function `{}` (functions: max, min, sum, contains)", e.text), e.span));
    return std::nullopt;
  }
  if (!e.var || e.children.size() != 1) {
    Diagnostic d = Error("E0302", fmt::format("`{}` aggregates over precisions", e.text), e.span);
    d.help = fmt::format("write `{}(dense_tops[p] * bit_length[p] for p in precision)`", e.text);
    cx_.Report(std::move(d));
    return std::nullopt;
  }
  if (e.domain->text != "precision") {
    cx_.Report(Error("E0201", fmt::format("unknown domain `{}`; the only domain is `precision`", e.domain->text), e.domain->span));
    return std::nullopt;
  }
  if (scope_.loop_var) {
    cx_.Report(Error("E0302", "aggregates cannot be nested", e.span));
    return std::nullopt;
  }
  scope_.loop_var = e.var->text;
  const auto body = Value(e.children[0]);
  scope_.loop_var.reset();
  if (!ExpectType(cx_, body, Type::kNumber, fmt::format("`{}`", e.text).c_str())) return std::nullopt;
  Node n = Make(NodeOp::kAggregate, Type::kNumber, e.span);
  n.aggregate = *aggregate;
  n.unit = N(*body).unit;
  n.children = {*body};
  cx_.bare_literals.erase(*body);
  return cx_.AddNode(std::move(n));
}

std::optional<NodeId> CheckExpr(Context& cx, const ast::File& file, ast::ExprId id, ExprScope& scope) {
  return ExprChecker(cx, file, scope).Value(id);
}

std::optional<NodeId> CheckCollection(Context& cx, const ast::File& file, ast::ExprId id, ExprScope& scope) {
  return ExprChecker(cx, file, scope).Collection(id);
}

bool ExpectType(Context& cx, std::optional<NodeId> node, Type want, const char* what) {
  if (!node) return false;
  const Node& n = cx.model.nodes[*node];
  if (n.type == want) return true;
  const std::string text = cx.sources.file(n.span.file).text().substr(n.span.begin, n.span.end - n.span.begin);
  cx.Report(Error("E0302", fmt::format("{} needs a {}, but `{}` is a {}", what, TypeName(want), text, TypeName(n.type)), n.span));
  return false;
}

}  // namespace chipgate::check
