// What a checked condition reads, for the facts the model records about a rule (a classify
// rule's basis: whether it applies the vendor's stated ECCN).
#pragma once

#include "check/model.hpp"

namespace chipgate {

// True when the expression at `node`, or any expression beneath it, reads item attribute `attr`.
// Classifications and metrics it refers to are not followed: the rule's own condition decides.
bool ConditionReads(const Model& m, NodeId node, ItemAttr attr);

}  // namespace chipgate
