// The concrete syntax tree X3 fills in. It mirrors the grammar one to one and exists only inside
// src/syntax: to_ast.cpp turns it into the public ast:: types, so no X3 type leaks out.
// Every node that can be named in a diagnostic is position_tagged; the position cache maps it
// back to byte offsets.
#pragma once

#include <boost/optional.hpp>
#include <boost/spirit/home/x3/support/ast/position_tagged.hpp>
#include <boost/spirit/home/x3/support/ast/variant.hpp>

#include <list>
#include <string>
#include <vector>

namespace chipgate::syntax::cst {

namespace x3 = boost::spirit::x3;

struct Name : x3::position_tagged {
  std::string text;
};
struct StringLit : x3::position_tagged {
  std::string value;
};
struct DateLit : x3::position_tagged {
  std::string text;
};
struct NumberLit : x3::position_tagged {
  std::string text;
  boost::optional<std::string> unit;
};
struct BoolLit : x3::position_tagged {
  std::string text;  // "true" | "false"
};

struct Expr;
struct Unary;
struct Call;
struct Index;
struct CountrySet : x3::position_tagged {
  std::vector<Name> countries;
};
struct StringList : x3::position_tagged {
  std::vector<StringLit> items;
};

struct Operand : x3::variant<NumberLit, StringLit, BoolLit, CountrySet, StringList,
                             x3::forward_ast<Call>, x3::forward_ast<Index>, Name,
                             x3::forward_ast<Unary>, x3::forward_ast<Expr>> {
  using base_type::base_type;
  using base_type::operator=;
};

struct Operation : x3::position_tagged {
  std::string op;  // "or", "and", ">=", "in", "+", "*", ...
  Operand operand;
};

// One precedence level: first (op operand)*.
struct Expr : x3::position_tagged {
  Operand first;
  std::list<Operation> rest;
};

struct Unary : x3::position_tagged {
  std::string op;  // "not" | "-"
  Operand operand;
};

struct Comprehension : x3::position_tagged {
  Name var;
  Name domain;
};

struct Call : x3::position_tagged {
  Name function;
  std::vector<Expr> args;
  boost::optional<Comprehension> comprehension;
};

struct Index : x3::position_tagged {
  Name base;
  Name key;
};

// ---- declarations ----

struct RulesetClause : x3::position_tagged {
  std::string keyword;  // authority | from | current
  std::string value;
};
struct RulesetDecl : x3::position_tagged {
  StringLit title;
  std::vector<RulesetClause> clauses;
};

struct IncludeDecl : x3::position_tagged {
  StringLit path;
};

struct ParamDomain : x3::position_tagged {
  std::string keyword;  // values | range
  std::vector<NumberLit> numbers;
};
struct ParamDecl : x3::position_tagged {
  Name name;
  Name type;
  Expr default_value;
  boost::optional<ParamDomain> domain;
  boost::optional<StringLit> title;
};

struct TableEntry : x3::position_tagged {
  Name key;
  Expr value;
};
struct TableDecl : x3::position_tagged {
  Name name;
  Name domain;
  Name unit;
  boost::optional<StringLit> title;
  std::vector<StringLit> cites;
  std::vector<TableEntry> entries;
};

struct MetricDecl : x3::position_tagged {
  Name name;
  Name unit;
  boost::optional<StringLit> title;
  boost::optional<Name> measures;
  std::vector<StringLit> cites;
  Expr body;
};

struct MemberOption : x3::position_tagged {
  std::string keyword;  // from | until | cite
  std::string value;
};
struct GroupMember : x3::position_tagged {
  Name country;
  std::vector<MemberOption> options;
};
struct GroupDecl : x3::position_tagged {
  Name name;
  boost::optional<StringLit> title;
  std::vector<StringLit> cites;
  std::vector<GroupMember> members;
};

struct SetDecl : x3::position_tagged {
  Name name;
  boost::optional<StringLit> title;
  Expr value;
};

struct TreatDecl : x3::position_tagged {
  Name country;
  Name as;
  std::vector<MemberOption> options;
  boost::optional<StringLit> title;
};

struct DateClause : x3::position_tagged {
  Name keyword;
  DateLit date;
};
struct NameListClause : x3::position_tagged {
  Name keyword;
  std::vector<Name> names;
};
struct StringClause : x3::position_tagged {
  Name keyword;
  StringLit text;
};
struct StatusClause : x3::position_tagged {
  Name keyword;
  Name status;
  boost::optional<StringLit> text;
};
struct TitleClause : x3::position_tagged {  // a bare string among the clauses: the rule's title
  StringLit text;
};
struct ExprClause : x3::position_tagged {
  Name keyword;
  Expr expr;
};
struct ReviewCondition : x3::variant<Expr, Name> {  // an expression after `when`, or `otherwise`
  using base_type::base_type;
  using base_type::operator=;
};
struct ReviewClause : x3::position_tagged {
  Name keyword;
  Name policy;
  boost::optional<ReviewCondition> condition;
};
struct Clause : x3::variant<DateClause, NameListClause, StringClause, StatusClause, ExprClause,
                            ReviewClause, TitleClause> {
  using base_type::base_type;
  using base_type::operator=;
};

struct RuleDecl : x3::position_tagged {
  Name keyword;
  Name id;
  std::vector<Clause> clauses;
};

struct Decl : x3::variant<RulesetDecl, IncludeDecl, ParamDecl, TableDecl, MetricDecl, GroupDecl,
                          SetDecl, TreatDecl, RuleDecl> {
  using base_type::base_type;
  using base_type::operator=;
};

}  // namespace chipgate::syntax::cst
