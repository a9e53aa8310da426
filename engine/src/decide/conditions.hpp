// The end-use questions chipgate asks instead of guessing. A question left unanswered is
// decided twice: once with it answered "no" (that is the answer given), once with it open. A
// requirement that holds or may hold only in the second is a condition of the answer: "no
// license required, provided that the items are not for a military end use ...". Both
// evaluators call this with their two combined results, so they name the same conditions.
#pragma once

#include <vector>

#include "chipgate/decision.hpp"
#include "decide/combine.hpp"

namespace chipgate::decide {

// `answered`: unanswered questions taken as "no"; `open`: left unknown. In model order.
std::vector<Condition> EndUseConditions(const Combined& answered, const Combined& open, std::size_t requirement_count);

}  // namespace chipgate::decide
