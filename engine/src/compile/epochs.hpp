// Cutting time into epochs within which nothing in the model changes.
#pragma once

#include <vector>

#include "check/model.hpp"

namespace chipgate::compile {

// Contiguous intervals from the coverage start (or 1900) on; the last one is open-ended.
std::vector<Interval> Epochs(const Model& model);

}  // namespace chipgate::compile
