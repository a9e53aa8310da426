// End-use conditions (see conditions.hpp).
#include "decide/conditions.hpp"

namespace chipgate::decide {

std::vector<Condition> EndUseConditions(const Combined& answered, const Combined& open, std::size_t requirement_count) {
  std::vector<Condition> out;
  for (std::size_t r = 0; r < requirement_count; ++r) {
    const bool may_apply = open.requirement_true.test(r) || open.requirement_unknown.test(r);
    const bool applies = answered.requirement_true.test(r) || answered.requirement_unknown.test(r);
    if (may_apply && !applies) out.push_back({ConditionKind::kEndUse, {RuleKind::kRequire, static_cast<std::uint32_t>(r)}});
  }
  return out;
}

}  // namespace chipgate::decide
