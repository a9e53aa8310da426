// Printable form of the AST (`chipgate dump --ast`), compared as golden text in tests.
#pragma once

#include <string>

#include "syntax/ast.hpp"

namespace chipgate {

// One declaration per paragraph; expressions fully parenthesised in prefix form, so precedence
// and chaining are visible: (and (not datacenter) (< tpp 4800)).
std::string PrintAst(const ast::File& file);
std::string PrintExpr(const ast::ExprArena& arena, ast::ExprId id);

}  // namespace chipgate
