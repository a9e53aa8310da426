// The interpreter for one epoch's code over one item's facts.
#pragma once

#include <span>

#include "eval/evaluate.hpp"

namespace chipgate::eval {

// Executes `code` (a stretch of the epoch's code, or a residual of it: residual.hpp) for `item`
// into `frame`; `depth` is the nesting of `contains` (contained items run in
// scratch.Frame(depth + 1)).
void Run(const Program& program, const EpochProgram& epoch, const BoundCatalog& items, std::uint32_t item,
         const FastQuery& query, Scratch& scratch, Slot* frame, std::size_t depth, std::span<const Instr> code);

}  // namespace chipgate::eval
