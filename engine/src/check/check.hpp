// Checking parsed rule files into a Model: names, types and units, dates and supersession,
// cycles, reachability. Diagnostics for everything found, not just the first problem.
#pragma once

#include <vector>

#include "syntax/ast.hpp"
#include "check/model.hpp"
#include "chipgate/result.hpp"

namespace chipgate {

// `files` must outlive the call; the Model does not refer back to them.
Result<Model> Check(const std::vector<ast::File>& files, const SourceSet& sources);

}  // namespace chipgate
