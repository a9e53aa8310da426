// The rule language's abstract syntax tree: what the parser produces and the checker reads.
//
// Expressions live in a flat arena (ExprId indices) so that later stages can keep side tables
// (types, units, resolved references) keyed by node id instead of mutating the tree. Every node
// and name carries a Span into its source file. No parser-library type appears here.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "chipgate/source.hpp"

namespace chipgate::ast {

using ExprId = std::uint32_t;

struct Name {
  std::string text;
  Span span;
};

struct StringLit {
  std::string value;
  Span span;
};

struct DateLit {
  std::string text;  // as written; the checker validates it
  Span span;
};

enum class ExprKind : std::uint8_t {
  kNumber,      // text (+ unit)
  kString,      // text
  kBool,        // boolean
  kName,        // text: a field, metric, param, classification, group, set, enum constant...
  kIndex,       // text[key]: children = {}, name = base, key = index name
  kNot,         // children[0]
  kNegate,      // children[0]
  kArith,       // op in {+,-,*,/}: children[0] op children[1]
  kAnd,         // children (2 or more)
  kOr,          // children (2 or more)
  kCompare,     // chain: children[0] ops[0] children[1] ops[1] children[2] ...
  kIn,          // children[0] in children[1] (a collection)
  kCall,        // name(children...) [for var in domain]
  kCountrySet,  // {CN, MO}: names
  kStringList,  // ["a", "b"]: strings in `names`
  kUnion,       // collection + collection
  kDifference,  // collection - collection
};

struct Expr {
  ExprKind kind = ExprKind::kBool;
  Span span;
  std::string text;               // number text, string value, name, call name, index base
  std::string unit;               // kNumber: unit as written ("GB/s"), empty if none
  bool boolean = false;           // kBool
  char op = 0;                    // kArith
  std::vector<std::string> ops;   // kCompare: ">=", "<", ...
  std::vector<ExprId> children;
  std::vector<Name> names;        // kCountrySet members, kStringList items
  std::optional<Name> key;        // kIndex: the key (loop variable)
  std::optional<Name> var;        // kCall comprehension: `for var in domain`
  std::optional<Name> domain;
};

struct ExprArena {
  std::vector<Expr> nodes;
  const Expr& operator[](ExprId id) const { return nodes[id]; }
  ExprId Add(Expr e) {
    nodes.push_back(std::move(e));
    return static_cast<ExprId>(nodes.size() - 1);
  }
};

// ---- declarations ----

struct RulesetDecl {
  StringLit title;
  std::optional<StringLit> authority;
  std::optional<DateLit> from;
  Span span;
};

struct IncludeDecl {
  StringLit path;
  Span span;
};

struct ParamDecl {
  Name name;
  Name type;  // "bool" or a unit expression ("bit", "GB/s")
  ExprId default_value = 0;
  std::optional<StringLit> title;
  Span span;
};

struct TableEntry {
  Name key;
  ExprId value = 0;
};

struct TableDecl {
  Name name;
  Name domain;  // "precision"
  Name unit;
  std::optional<StringLit> title;
  std::vector<StringLit> cites;
  std::vector<TableEntry> entries;
  Span span;
};

struct MetricDecl {
  Name name;
  Name unit;
  std::optional<StringLit> title;
  std::optional<Name> measures;  // `measures total_processing_performance`: what the metric is
  std::vector<StringLit> cites;
  ExprId body = 0;
  Span span;
};

struct GroupMember {
  Name country;
  std::optional<DateLit> from;
  std::optional<DateLit> until;  // first day on which the country is no longer a member
  std::optional<StringLit> cite;
};

struct GroupDecl {
  Name name;
  std::optional<StringLit> title;
  std::vector<StringLit> cites;
  std::vector<GroupMember> members;
  Span span;
};

struct SetDecl {
  Name name;
  std::optional<StringLit> title;
  ExprId value = 0;  // a collection expression
  Span span;
};

struct TreatDecl {
  Name country;
  Name as;
  std::optional<DateLit> from;
  std::optional<DateLit> until;
  std::optional<StringLit> cite;
  std::optional<StringLit> title;
  Span span;
};

// Clauses of rule declarations. The parser accepts any clause in any rule; the checker says
// which clauses each kind of rule takes, which it needs, and which may repeat.
struct DateClause {
  Name keyword;  // effective | until
  DateLit date;
};
struct NameListClause {
  Name keyword;  // as | supersedes | excludes | for | of | authorizes | code
  std::vector<Name> names;
};
struct StringClause {
  Name keyword;  // cite | requires | letter | source
  StringLit text;
};
struct StatusClause {
  Name keyword;  // status
  Name status;   // in_force | unconfirmed | announced_rescinded
  std::optional<StringLit> text;
};
struct ExprClause {
  Name keyword;  // when | unless
  ExprId expr = 0;
};
struct ReviewClause {
  Name keyword;  // review
  Name policy;   // presumption_of_denial | case_by_case | presumption_of_approval
  std::optional<ExprId> when;  // absent: `otherwise`, or no condition at all
  bool otherwise = false;
};
using Clause = std::variant<DateClause, NameListClause, StringClause, StatusClause, ExprClause, ReviewClause>;

enum class RuleKind : std::uint8_t { kClassify, kNote, kRequire, kOverride, kException };

struct RuleDecl {
  RuleKind kind = RuleKind::kClassify;
  Name keyword;
  Name id;
  std::optional<StringLit> title;
  std::vector<Clause> clauses;
  Span span;
  bool incomplete = false;  // a syntax error cut its clauses short; checked no further
};

using Decl = std::variant<RulesetDecl, IncludeDecl, ParamDecl, TableDecl, MetricDecl, GroupDecl,
                          SetDecl, TreatDecl, RuleDecl>;

// One parsed file.
struct File {
  std::uint32_t source = 0;  // id in the SourceSet
  std::vector<Decl> decls;
  ExprArena exprs;
};

}  // namespace chipgate::ast
