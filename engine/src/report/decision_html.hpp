// One decision of the explaining evaluator as HTML: the reasons with their rule ids and
// citations, what is missing, the metrics, and the whole explanation tree (each node marked
// holds / does not hold / unknown, with its arithmetic and margin). The audit report shows it
// for the rows it details; everything is escaped.
#pragma once

#include <string>

#include "check/model.hpp"
#include "chipgate/decision.hpp"

namespace chipgate::report_detail {

std::string DecisionHtml(const Decision& d, const Model& model);

}  // namespace chipgate::report_detail
