// Text output that reads like a compliance memo: the decision first, then the reasons with the
// numbers and margins behind them and their citations, then the metrics and provenance.
#pragma once

#include <string>

#include "chipgate/decision.hpp"
#include "engine/state.hpp"

namespace chipgate::render {

std::string DecisionMemo(const Decision& d, const EngineState& s, bool with_explanation);
std::string ClassificationText(const Decision& d, const EngineState& s, bool with_explanation);
// The explanation tree, indented, with a ✓ / ✗ / ? per node.
std::string ExplanationText(const Explanation& e, int depth = 0);
// "China (CN)"
std::string CountryText(CountryCode c);

}  // namespace chipgate::render
