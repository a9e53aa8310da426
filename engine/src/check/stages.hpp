// The checker as a table of named stages (see checker.cpp for the order). Each stage reads the
// parsed files and the model built so far, extends the model, and reports diagnostics; later
// stages tolerate the gaps left by earlier errors.
#pragma once

#include <optional>

#include "check/context.hpp"

namespace chipgate::check {

// Declares every name (params, tables, metrics, groups, sets, ECCNs, rule ids); duplicates.
void DeclareSymbols(Context& cx);
// Groups, sets and `treat` declarations: country codes, membership dates.
void CheckGroups(Context& cx);
// Params, tables and metrics: types, units.
void CheckDefinitions(Context& cx);
// Rule declarations: clauses allowed and required, conditions, review arms.
void CheckRules(Context& cx);
// Dependency order for metrics, ECCNs and sets; cycles are errors.
void OrderDefinitions(Context& cx);
// Supersession chains: no gap, no overlap; rules never in force; unreachable arms.
void CheckIntervals(Context& cx);
// References to classifications that are not defined while the referring rule is in force.
void CheckReachability(Context& cx);

// Helpers shared by stages.
std::optional<Date> CheckDate(Context& cx, const ast::DateLit& d);
std::optional<CountryCode> CheckCountry(Context& cx, const ast::Name& n);
bool IsEccnName(const std::string& text);

struct ExprScope {
  std::optional<std::string> loop_var;
  std::optional<Interval> interval;          // the referring rule's interval (for reachability)
  std::optional<std::uint32_t> metric;       // set when checking a metric body
  std::optional<std::uint32_t> eccn;         // set when checking a classification's rule or note
  std::optional<std::uint32_t> set;          // set when checking a set body
  bool allow_item = true;                    // false in param defaults and tables
  bool allow_inputs = true;                  // false in classify and note rules: they describe the item
};

// Resolves and type-checks an expression, returning the model node; nothing after an error.
std::optional<NodeId> CheckExpr(Context& cx, const ast::File& file, ast::ExprId id, ExprScope& scope);
// Same, for a collection (the right-hand side of `in`, or a set body).
std::optional<NodeId> CheckCollection(Context& cx, const ast::File& file, ast::ExprId id, ExprScope& scope);
// Reports an error unless `node` has type `want`.
bool ExpectType(Context& cx, std::optional<NodeId> node, Type want, const char* what);

}  // namespace chipgate::check
