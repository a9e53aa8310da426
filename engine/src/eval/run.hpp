// The interpreter for one epoch's code over one item's facts.
#pragma once

#include "chipgate/evaluate.hpp"

namespace chipgate::eval {

// Executes code[0, end) for `item` into `frame`. `depth` is the nesting of `contains`.
void Run(const Program& program, const EpochProgram& epoch, const BoundCatalog& items, std::uint32_t item,
         const FastQuery& query, Scratch& scratch, std::size_t depth, std::uint32_t end);

}  // namespace chipgate::eval
