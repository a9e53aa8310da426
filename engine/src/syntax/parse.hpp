// Parsing rule files: text → ast::File plus diagnostics. The only entry point into the grammar.
#pragma once

#include <cstdint>
#include <vector>

#include "syntax/ast.hpp"
#include "chipgate/diagnostic.hpp"
#include "chipgate/source.hpp"

namespace chipgate {

struct ParseLimits {
  // Nesting (parentheses, brackets, prefix `not`/`-`) deeper than this is refused before
  // parsing, so hostile input cannot exhaust the stack.
  std::uint32_t max_nesting = 48;
  std::uint32_t max_file_bytes = 4U << 20U;
};

struct ParseOutput {
  ast::File file;  // the declarations that parsed; a declaration with a syntax error is dropped
  std::vector<Diagnostic> diagnostics;
};

// Parses one file of `sources`. Syntax errors are reported with the position, the offending
// token and what was expected; parsing resumes at the next line that starts a declaration, so
// one typo does not hide the next.
ParseOutput Parse(const SourceSet& sources, std::uint32_t file_id, const ParseLimits& limits = {});

}  // namespace chipgate
