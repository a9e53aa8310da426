// Declarations of the grammar's entry rules (definitions in grammar_def.hpp, instantiated once in
// grammar.cpp so the heavy X3 templates compile in a single translation unit).
#pragma once

#include "syntax/config.hpp"
#include "syntax/cst.hpp"

namespace chipgate::syntax::grammar {

struct DeclClass;
struct ExprClass;
using DeclRule = x3::rule<DeclClass, cst::Decl>;
using ExprRule = x3::rule<ExprClass, cst::Expr>;
BOOST_SPIRIT_DECLARE(DeclRule, ExprRule)

const DeclRule& Declaration();
const ExprRule& Expression();

// Words that start a declaration; used to resynchronise after a syntax error.
bool IsDeclarationKeyword(const std::string& word);
// Words that start a clause of a rule declaration; used for "did you mean" help.

}  // namespace chipgate::syntax::grammar
