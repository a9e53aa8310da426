// What a checked condition reads (see condition_reads.hpp).
#include "check/condition_reads.hpp"

#include <algorithm>

namespace chipgate {

bool ConditionReads(const Model& m, NodeId node, ItemAttr attr) {
  const Node& n = m.node(node);
  if (n.op == NodeOp::kAttr && n.index == static_cast<std::uint32_t>(attr)) return true;
  return std::any_of(n.children.begin(), n.children.end(), [&](NodeId c) { return ConditionReads(m, c, attr); });
}

}  // namespace chipgate
