// Printable form of the checked model (`chipgate dump --checked`): every symbol and rule with
// its interval, and every condition as a typed prefix tree with units, so a golden test shows
// exactly what the checker resolved.
#pragma once

#include <string>

#include "check/model.hpp"

namespace chipgate {

std::string PrintModel(const Model& model);
std::string PrintNode(const Model& model, NodeId id);

}  // namespace chipgate
