// The residual of an epoch's decision segment for one item. Most of the segment does not depend
// on the question at all (an `and` of a classification the item does not meet with a destination
// test is false wherever it goes), so once the item segment has run, those instructions are
// evaluated once into the item's cached frame, an `and`/`or` with a settled side becomes a move
// or a constant, and what no requirement, review arm, override or exception reads is dropped.
// Requirements and exceptions whose condition folded to false are left out of the combination.
// A warm question about the item then runs only the rest. Semantics are the interpreter's own:
// folding runs the same instructions through eval::Run.
#pragma once

#include <vector>

#include "eval/evaluate.hpp"

namespace chipgate::eval {

// `frame` holds the item segment's results for `item`; folded values are written into it.
// `out` receives the residual (evaluate.hpp).
void BuildResidual(const Program& program, const EpochProgram& epoch, const BoundCatalog& items, std::uint32_t item,
                   Scratch& scratch, Slot* frame, Residual& out);

}  // namespace chipgate::eval
