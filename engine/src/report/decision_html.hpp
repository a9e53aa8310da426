// One decision of the explaining evaluator as HTML: the question's claim judged (when it has
// one), the reasons with their rule ids and citations, what is missing, the metrics, and the
// whole explanation tree (each node marked holds / does not hold / unknown, with its arithmetic
// and margin). The audit report shows it for the rows it details (their decisions carry no
// claim: the audit judges claims itself), the web page for its answers; everything is escaped.
#pragma once

#include <string>

#include "check/model.hpp"
#include "chipgate/decision.hpp"

namespace chipgate::report_detail {

// How much of the explanation tree to render. On screen the whole tree sits behind a
// disclosure; on paper every node is printed (no disclosure can be opened there), but a node
// that does not hold keeps only its own line and margin, not the conditions beneath it: the full
// tree of one decision runs to a dozen pages, and what decided the row is in the nodes that hold
// or are unknown. A pruned node also drops its citations (nodes that hold keep theirs).
enum class TreeScope { kEveryCondition, kDecisive };

std::string DecisionHtml(const Decision& d, const Model& model, TreeScope scope = TreeScope::kEveryCondition);

}  // namespace chipgate::report_detail
