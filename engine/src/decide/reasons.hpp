// The reasons of a decision, as typed data (decision.hpp), built the same way from either
// evaluator's result: the explaining evaluator and the batch audit both call these, so a
// memo and an audit row give the same reasons for the same question.
#pragma once

#include <optional>
#include <vector>

#include "chipgate/decision.hpp"
#include "decide/combine.hpp"

namespace chipgate::decide {

// The classify rules that hold and the notes that exclude a classification, read from the
// classification section of an explanation (they depend only on the item and the date).
std::vector<Reason> ClassificationReasons(const Explanation& classification_section);

// Every reason of a determination, in reading order: how the destination was read, the
// classification, the requirements that hold or may hold (or that none applies), the review
// policy and the rule that sets it, and the exceptions that are or may be available.
std::vector<Reason> DeterminationReasons(const Combined& combined, std::optional<std::uint32_t> treat,
                                         const std::vector<Reason>& classification, std::size_t requirement_count,
                                         std::size_t exception_count);

}  // namespace chipgate::decide
