// Expression checking: resolves names, assigns types and units, and builds model nodes.
// Bare numeric literals take the unit of what they meet ("tpp >= 4800"); literals with a unit
// must match it exactly ("tpp >= 4800 GB/s" is an error).
#include <fmt/format.h>

#include "check/stages.hpp"
#include "chipgate/spelling.hpp"

namespace chipgate::check {
namespace {

std::optional<ItemAttr> AttrByName(const std::string& n) {
  if (n == "datacenter") return ItemAttr::kDatacenter;
  if (n == "kind") return ItemAttr::kKind;
  if (n == "vendor") return ItemAttr::kVendor;
  if (n == "id") return ItemAttr::kId;
  if (n == "name") return ItemAttr::kName;
  if (n == "memory_type") return ItemAttr::kMemoryType;
  return std::nullopt;
}

std::optional<Input> InputByName(const std::string& n) {
  for (std::size_t i = 0; i < static_cast<std::size_t>(Input::kCount); ++i) {
    if (n == InputName(static_cast<Input>(i))) return static_cast<Input>(i);
  }
  return std::nullopt;
}

std::optional<CmpOp> CmpByText(const std::string& t) {
  if (t == "<") return CmpOp::kLt;
  if (t == "<=") return CmpOp::kLe;
  if (t == ">") return CmpOp::kGt;
  if (t == ">=") return CmpOp::kGe;
  if (t == "==") return CmpOp::kEq;
  if (t == "!=") return CmpOp::kNe;
  return std::nullopt;
}

class ExprChecker {
 public:
  ExprChecker(Context& cx, const ast::File& file, ExprScope& scope) : cx_(cx), file_(file), scope_(scope) {}

  std::optional<NodeId> Value(ast::ExprId id) {
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

  std::optional<NodeId> Collection(ast::ExprId id) {
    const ast::Expr& e = file_.exprs[id];
    switch (e.kind) {
      case ast::ExprKind::kName: return CollectionName(e);
      case ast::ExprKind::kCountrySet: return CountryLiteral(e);
      case ast::ExprKind::kStringList: {
        Node n = Make(NodeOp::kStringLiteral, Type::kStringSet, e.span);
        for (const auto& s : e.names) n.strings.push_back(s.text);
        return cx_.AddNode(std::move(n));
      }
      case ast::ExprKind::kUnion:
      case ast::ExprKind::kDifference: return SetAlgebra(e);
      default: break;
    }
    cx_.Report(Error("E0302", "expected a collection: a country group, a set, {CC, ...} or [\"...\"]", e.span));
    return std::nullopt;
  }

 private:
  Node Make(NodeOp op, Type type, Span span) const {
    Node n;
    n.op = op;
    n.type = type;
    n.span = span;
    n.source = Text(span);
    return n;
  }
  std::string Text(Span s) const {
    return cx_.sources.file(s.file).text().substr(s.begin, s.end - s.begin);
  }
  const Node& N(NodeId id) const { return cx_.model.nodes[id]; }
  Node& MutableN(NodeId id) { return cx_.model.nodes[id]; }

  std::optional<NodeId> Constant(const ast::Expr& e, NodeOp op, Type type) {
    Node n = Make(op, type, e.span);
    n.boolean = e.boolean;
    n.text = e.text;
    return cx_.AddNode(std::move(n));
  }

  std::optional<NodeId> Number(const ast::Expr& e) {
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

  std::optional<NodeId> ItemOnly(const ast::Expr& e, Node n) {
    if (!scope_.allow_item) {
      cx_.Report(Error("E0302", fmt::format("`{}` depends on the item or the shipment and cannot be used here", e.text), e.span));
      return std::nullopt;
    }
    n.text = e.text;
    return cx_.AddNode(std::move(n));
  }

  std::optional<NodeId> Name(const ast::Expr& e) {
    const std::string& name = e.text;
    if (scope_.loop_var && name == *scope_.loop_var) {
      Diagnostic d = Error("E0302", fmt::format("the loop variable `{}` can only index a table", name), e.span);
      d.help = fmt::format("write `dense_tops[{}]` or `TABLE[{}]`", name, name);
      cx_.Report(std::move(d));
      return std::nullopt;
    }
    if (const auto field = NumberFieldByKey(name)) {
      Node n = Make(NodeOp::kNumberField, Type::kNumber, e.span);
      n.index = static_cast<std::uint32_t>(*field);
      n.unit = InfoOf(*field).unit;
      return ItemOnly(e, std::move(n));
    }
    if (const auto attr = AttrByName(name)) {
      const Type type = *attr == ItemAttr::kDatacenter ? Type::kBool : *attr == ItemAttr::kKind ? Type::kKind : Type::kString;
      Node n = Make(NodeOp::kAttr, type, e.span);
      n.index = static_cast<std::uint32_t>(*attr);
      return ItemOnly(e, std::move(n));
    }
    if (const auto input = InputByName(name)) {
      if (!scope_.allow_inputs) {
        Diagnostic d = Error("E0302", fmt::format("`{}` describes the shipment, but a classification describes only the item", name), e.span);
        d.help = "put destination and end-user conditions in a `require` rule";
        cx_.Report(std::move(d));
        return std::nullopt;
      }
      Node n = Make(NodeOp::kInput, Type::kCountry, e.span);
      n.index = static_cast<std::uint32_t>(*input);
      return ItemOnly(e, std::move(n));
    }
    if (const auto it = cx_.params.find(name); it != cx_.params.end()) {
      const ParamSym& p = cx_.model.params[it->second];
      Node n = Make(NodeOp::kParam, p.type, e.span);
      n.index = it->second;
      n.unit = p.unit;
      n.text = name;
      return cx_.AddNode(std::move(n));
    }
    if (const auto it = cx_.metrics.find(name); it != cx_.metrics.end()) {
      if (scope_.metric) cx_.metric_deps[*scope_.metric].insert(it->second);
      Node n = Make(NodeOp::kMetric, Type::kNumber, e.span);
      n.index = it->second;
      n.unit = cx_.model.metrics[it->second].unit;
      return ItemOnly(e, std::move(n));
    }
    if (name == "ic" || name == "hbm" || name == "system") {
      Node n = Make(NodeOp::kConstKind, Type::kKind, e.span);
      n.index = static_cast<std::uint32_t>(name == "ic" ? ItemKind::kIc : name == "hbm" ? ItemKind::kHbm : ItemKind::kSystem);
      n.text = name;
      return cx_.AddNode(std::move(n));
    }
    if (IsEccnName(name)) return Eccn(e, NodeOp::kEccn);
    if (name == "dense_tops" || cx_.tables.count(name) > 0) {
      Diagnostic d = Error("E0302", fmt::format("`{}` holds one value per precision and must be indexed", name), e.span);
      d.help = fmt::format("write `max({}[p] for p in precision)`", name);
      cx_.Report(std::move(d));
      return std::nullopt;
    }
    if (cx_.groups.count(name) > 0 || cx_.sets.count(name) > 0) {
      Diagnostic d = Error("E0302", fmt::format("`{}` is a collection, not a value", name), e.span);
      d.help = fmt::format("test membership: `destination in {}`", name);
      cx_.Report(std::move(d));
      return std::nullopt;
    }
    return Unknown(e);
  }

  std::optional<NodeId> Unknown(const ast::Expr& e) {
    std::vector<std::string> candidates = {"datacenter", "kind", "vendor", "id", "name", "memory_type", "destination",
                                           "end_user_hq", "exporter_hq", "ic", "hbm", "system"};
    for (const auto& f : NumberFields()) candidates.emplace_back(f.key);
    for (const auto* table : {&cx_.params, &cx_.metrics, &cx_.eccns}) {
      for (const auto& [n, _] : *table) candidates.push_back(n);
    }
    Diagnostic d = Error("E0201", fmt::format("unknown name `{}`", e.text), e.span);
    if (e.text.size() == 2 && CountryCode::Parse(e.text)) {
      d.help = fmt::format("a country is tested with `in`: `destination in {{{}}}`", e.text);
    } else if (const auto near = ClosestMatch(e.text, candidates)) {
      d.help = fmt::format("did you mean `{}`?", *near);
    }
    cx_.Report(std::move(d));
    return std::nullopt;
  }

  std::optional<NodeId> Eccn(const ast::Expr& e, NodeOp op) {
    const auto it = cx_.eccns.find(e.text);
    if (it == cx_.eccns.end()) {
      std::vector<std::string> known;
      for (const auto& [n, _] : cx_.eccns) known.push_back(n);
      Diagnostic d = Error("E0204", fmt::format("no rule classifies `{}`", e.text), e.span);
      if (const auto near = ClosestMatch(e.text, known)) d.help = fmt::format("did you mean `{}`?", *near);
      cx_.Report(std::move(d));
      return std::nullopt;
    }
    if (op == NodeOp::kEccn) {
      if (scope_.eccn) cx_.eccn_deps[*scope_.eccn].insert(it->second);
      if (scope_.interval) cx_.eccn_refs.push_back({it->second, *scope_.interval, e.span});
    }
    Node n = Make(op, Type::kBool, e.span);
    n.index = it->second;
    n.text = e.text;
    return ItemOnly(e, std::move(n));
  }

  std::optional<NodeId> Index(const ast::Expr& e) {
    if (!scope_.loop_var || e.key->text != *scope_.loop_var) {
      Diagnostic d = Error("E0302", fmt::format("`{}[{}]` must be indexed by the loop variable of `max`, `min` or `sum`", e.text, e.key->text), e.span);
      d.help = fmt::format("write `max({}[p] for p in precision)`", e.text);
      cx_.Report(std::move(d));
      return std::nullopt;
    }
    if (e.text == "dense_tops") {
      Node n = Make(NodeOp::kDense, Type::kNumber, e.span);
      n.unit = units::kTops;
      return ItemOnly(e, std::move(n));
    }
    if (const auto it = cx_.tables.find(e.text); it != cx_.tables.end()) {
      Node n = Make(NodeOp::kTable, Type::kNumber, e.span);
      n.index = it->second;
      n.unit = cx_.model.tables[it->second].unit;
      n.text = e.text;
      return cx_.AddNode(std::move(n));
    }
    cx_.Report(Error("E0201", fmt::format("unknown table `{}`", e.text), e.span));
    return std::nullopt;
  }

  std::optional<NodeId> Unary(const ast::Expr& e, NodeOp op, Type want) {
    const auto child = Value(e.children[0]);
    if (!ExpectType(cx_, child, want, op == NodeOp::kNot ? "`not`" : "`-`")) return std::nullopt;
    Node n = Make(op, want, e.span);
    n.unit = N(*child).unit;
    n.children = {*child};
    return cx_.AddNode(std::move(n));
  }

  std::optional<NodeId> Logic(const ast::Expr& e, NodeOp op) {
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

  // Gives a bare literal the other side's unit; otherwise the units must be equal.
  bool UnifyUnits(NodeId a, NodeId b, const char* verb) {
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

  std::optional<NodeId> Arith(const ast::Expr& e) {
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

  std::optional<NodeId> Compare(const ast::Expr& e) {
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
    }
    return cx_.AddNode(std::move(n));
  }

  std::optional<NodeId> In(const ast::Expr& e) {
    const auto lhs = Value(e.children[0]);
    const auto rhs = Collection(e.children[1]);
    if (!lhs || !rhs) return std::nullopt;
    const Type l = N(*lhs).type;
    const Type r = N(*rhs).type;
    if (!((l == Type::kCountry && r == Type::kCountrySet) || (l == Type::kString && r == Type::kStringSet))) {
      cx_.Report(Error("E0302", fmt::format("cannot test whether a {} is in a {}", TypeName(l), TypeName(r)), e.span));
      return std::nullopt;
    }
    Node n = Make(NodeOp::kIn, Type::kBool, e.span);
    n.children = {*lhs, *rhs};
    return cx_.AddNode(std::move(n));
  }

  std::optional<NodeId> Call(const ast::Expr& e) {
    if (e.text == "contains") {
      if (e.children.size() != 1 || e.var || file_.exprs[e.children[0]].kind != ast::ExprKind::kName ||
          !IsEccnName(file_.exprs[e.children[0]].text)) {
        cx_.Report(Error("E0302", "`contains` takes one classification, like `contains(3A090.a)`", e.span));
        return std::nullopt;
      }
      return Eccn(file_.exprs[e.children[0]], NodeOp::kContains);
    }
    if (e.text != "max" && e.text != "min" && e.text != "sum") {
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
    n.aggregate = e.text;
    n.unit = N(*body).unit;
    n.children = {*body};
    cx_.bare_literals.erase(*body);
    return cx_.AddNode(std::move(n));
  }

  // ---- collections ----

  std::optional<NodeId> CollectionName(const ast::Expr& e) {
    if (const auto it = cx_.groups.find(e.text); it != cx_.groups.end()) {
      Node n = Make(NodeOp::kGroup, Type::kCountrySet, e.span);
      n.index = it->second;
      n.text = e.text;
      return cx_.AddNode(std::move(n));
    }
    if (const auto it = cx_.sets.find(e.text); it != cx_.sets.end()) {
      if (scope_.set) cx_.set_deps[*scope_.set].insert(it->second);
      const Type type = SetType(it->second);
      if (type == Type::kBool) return std::nullopt;  // its body had errors, already reported
      Node n = Make(NodeOp::kSet, type, e.span);
      n.index = it->second;
      n.text = e.text;
      return cx_.AddNode(std::move(n));
    }
    if (e.text.size() == 2 && CountryCode::Parse(e.text) && std::isupper(static_cast<unsigned char>(e.text[0]))) {
      Node n = Make(NodeOp::kCountryLiteral, Type::kCountrySet, e.span);
      n.countries.push_back(*CountryCode::Parse(e.text));
      n.text = e.text;
      return cx_.AddNode(std::move(n));
    }
    std::vector<std::string> known;
    for (const auto& [n, _] : cx_.groups) known.push_back(n);
    for (const auto& [n, _] : cx_.sets) known.push_back(n);
    Diagnostic d = Error("E0201", fmt::format("unknown country group or set `{}`", e.text), e.span);
    if (const auto near = ClosestMatch(e.text, known)) d.help = fmt::format("did you mean `{}`?", *near);
    cx_.Report(std::move(d));
    return std::nullopt;
  }

  // The type of a set's body, checking the body now if needed (kBool means "had errors").
  Type SetType(std::uint32_t set) {
    if (cx_.set_state[set] == 1) {
      cx_.Report(Error("E0601", fmt::format("set `{}` is defined in terms of itself", cx_.model.sets[set].name),
                       cx_.model.sets[set].span));
      return Type::kBool;
    }
    if (cx_.set_state[set] == 0) {
      cx_.set_state[set] = 1;
      const auto& [file, decl] = cx_.set_decls[set];
      ExprScope scope;
      scope.set = set;
      scope.allow_item = false;
      const auto body = CheckCollection(cx_, *file, decl->value, scope);
      cx_.model.sets[set].body = body.value_or(0);
      cx_.set_state[set] = body ? 2 : 3;
    }
    return cx_.set_state[set] == 2 ? N(cx_.model.sets[set].body).type : Type::kBool;
  }

  std::optional<NodeId> CountryLiteral(const ast::Expr& e) {
    Node n = Make(NodeOp::kCountryLiteral, Type::kCountrySet, e.span);
    bool ok = true;
    for (const auto& name : e.names) {
      if (const auto code = CheckCountry(cx_, name)) {
        n.countries.push_back(*code);
      } else {
        ok = false;
      }
    }
    if (!ok) return std::nullopt;
    return cx_.AddNode(std::move(n));
  }

  std::optional<NodeId> SetAlgebra(const ast::Expr& e) {
    const auto a = Collection(e.children[0]);
    const auto b = Collection(e.children[1]);
    if (!a || !b) return std::nullopt;
    if (N(*a).type != N(*b).type) {
      cx_.Report(Error("E0302", fmt::format("cannot combine a {} with a {}", TypeName(N(*a).type), TypeName(N(*b).type)), e.span));
      return std::nullopt;
    }
    Node n = Make(e.kind == ast::ExprKind::kUnion ? NodeOp::kUnion : NodeOp::kDifference, N(*a).type, e.span);
    n.children = {*a, *b};
    return cx_.AddNode(std::move(n));
  }

  Context& cx_;
  const ast::File& file_;
  ExprScope& scope_;
};

}  // namespace

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
