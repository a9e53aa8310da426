// The fast path's determination as the typed fields of a Decision: outcome, license, review,
// the requirements that hold and the exceptions available. Shared by the engine's fast
// decisions and the audit's party fold, so both read a FastDecision the same way.
#pragma once

#include "check/model.hpp"
#include "chipgate/decision.hpp"
#include "eval/evaluate.hpp"

namespace chipgate::decide {

void FillDetermination(const Model& model, const FastDecision& fast, Decision& d);

}  // namespace chipgate::decide
