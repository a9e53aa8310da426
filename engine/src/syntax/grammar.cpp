// The single translation unit that instantiates the X3 grammar (slow to compile, so only here).
#include "syntax/grammar_def.hpp"

#include <algorithm>
#include <cstring>

namespace chipgate::syntax::grammar {

struct DeclClass : x3::annotate_on_success {};
struct ExprClass : x3::annotate_on_success {};

const DeclRule declaration_entry = "declaration";
const ExprRule expression_entry = "expression";
const auto declaration_entry_def = decl;
const auto expression_entry_def = expr;
BOOST_SPIRIT_DEFINE(declaration_entry, expression_entry)

BOOST_SPIRIT_INSTANTIATE(DeclRule, Iterator, Context)
BOOST_SPIRIT_INSTANTIATE(ExprRule, Iterator, Context)

const DeclRule& Declaration() { return declaration_entry; }
const ExprRule& Expression() { return expression_entry; }

namespace {
constexpr const char* kDeclarationKeywords[] = {"ruleset", "include",  "param",    "table",
                                                "metric",  "group",    "set",      "treat",
                                                "classify", "note",    "require",  "override",
                                                "exception"};
}  // namespace

bool IsDeclarationKeyword(const std::string& word) {
  return std::any_of(std::begin(kDeclarationKeywords), std::end(kDeclarationKeywords),
                     [&](const char* k) { return word == k; });
}


}  // namespace chipgate::syntax::grammar
