// A change of decision in words, shared by headroom and diff: the two short codes when they
// differ ("NLR -> LIC+NAC"); when the codes agree but the decision does not (the review policy
// behind an available NAC moved), the two descriptions, so the line never reads "X -> X".
#pragma once

#include <string>

#include "analysis/decision_cell.hpp"

namespace chipgate::render {

std::string CellChangeText(const DecisionCell& before, const Model& model_before, const DecisionCell& after, const Model& model_after);

}  // namespace chipgate::render
