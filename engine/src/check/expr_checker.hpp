// The expression checker shared by expr_check.cpp (values, operators), name_check.cpp (names,
// references, indexing) and collection_check.cpp (groups, sets, country and string literals).
// One object checks one expression in one scope; see stages.hpp for the entry points.
#pragma once

#include <fmt/format.h>

#include "check/stages.hpp"

namespace chipgate::check {

class ExprChecker {
 public:
  ExprChecker(Context& cx, const ast::File& file, ExprScope& scope) : cx_(cx), file_(file), scope_(scope) {}

  // A value expression (a condition, a number, a text...); nothing after a reported error.
  std::optional<NodeId> Value(ast::ExprId id);
  // A collection: the right-hand side of `in`, or a set body.
  std::optional<NodeId> Collection(ast::ExprId id);

 private:
  // expr_check.cpp
  Node Make(NodeOp op, Type type, Span span) const;
  std::string Text(Span s) const;
  const Node& N(NodeId id) const { return cx_.model.nodes[id]; }
  Node& MutableN(NodeId id) { return cx_.model.nodes[id]; }
  std::optional<NodeId> Constant(const ast::Expr& e, NodeOp op, Type type);
  std::optional<NodeId> Number(const ast::Expr& e);
  std::optional<NodeId> ItemOnly(const ast::Expr& e, Node n);
  bool TransactionLiteralsValid(NodeId a, const std::vector<NodeId>& others);
  std::optional<NodeId> Unary(const ast::Expr& e, NodeOp op, Type want);
  std::optional<NodeId> Logic(const ast::Expr& e, NodeOp op);
  // Gives a bare literal the other side's unit; otherwise the units must be equal.
  bool UnifyUnits(NodeId a, NodeId b, const char* verb);
  std::optional<NodeId> Arith(const ast::Expr& e);
  std::optional<NodeId> Compare(const ast::Expr& e);
  std::optional<NodeId> In(const ast::Expr& e);
  std::optional<NodeId> Call(const ast::Expr& e);

  // name_check.cpp
  std::optional<NodeId> Name(const ast::Expr& e);
  std::optional<NodeId> Unknown(const ast::Expr& e);
  std::optional<NodeId> Eccn(const ast::Expr& e, NodeOp op);
  std::optional<NodeId> Index(const ast::Expr& e);

  // collection_check.cpp
  std::optional<NodeId> CollectionName(const ast::Expr& e);
  // The type of a set's body, checking the body now if needed (kBool means "had errors").
  Type SetType(std::uint32_t set);
  std::optional<NodeId> CountryLiteral(const ast::Expr& e);
  std::optional<NodeId> SetAlgebra(const ast::Expr& e);

  Context& cx_;
  const ast::File& file_;
  ExprScope& scope_;
};

}  // namespace chipgate::check
