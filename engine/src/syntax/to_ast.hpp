// CST → AST conversion: resolves X3 positions to byte-offset spans and flattens expression
// levels into the arena. The only code that reads both cst:: and ast:: types.
#pragma once

#include <vector>

#include "syntax/ast.hpp"
#include "chipgate/diagnostic.hpp"
#include "syntax/config.hpp"
#include "syntax/cst.hpp"

namespace chipgate::syntax {

// Appends the converted declaration to `file`. Structural problems the grammar cannot express
// (`a in X in Y`) become diagnostics.
void AppendDecl(const cst::Decl& decl, const ErrorHandler& handler, Iterator text_begin,
                ast::File& file, std::vector<Diagnostic>& diagnostics);

}  // namespace chipgate::syntax
