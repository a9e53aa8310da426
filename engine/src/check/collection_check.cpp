// Collections in expressions: country groups, sets (checked on first use, so a set may use one
// declared later), country literals, string lists, and their unions and differences.
#include "check/expr_checker.hpp"
#include "text/spelling.hpp"

namespace chipgate::check {

std::optional<NodeId> ExprChecker::Collection(ast::ExprId id) {
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

std::optional<NodeId> ExprChecker::CollectionName(const ast::Expr& e) {
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

Type ExprChecker::SetType(std::uint32_t set) {
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

std::optional<NodeId> ExprChecker::CountryLiteral(const ast::Expr& e) {
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

std::optional<NodeId> ExprChecker::SetAlgebra(const ast::Expr& e) {
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

}  // namespace chipgate::check
