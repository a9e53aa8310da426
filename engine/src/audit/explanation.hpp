// A row's reasons and citations, built from the fast path's decision and the Model (rule ids,
// titles and cites of what held), plus the item's classification reasons from the explaining
// evaluator. The text names rules, never the row's own values, so one explanation serves every
// row with the same decision.
#pragma once

#include <optional>
#include <vector>

#include "audit/claim.hpp"
#include "audit/row_explanation.hpp"
#include "chipgate/decision.hpp"
#include "eval/evaluate.hpp"

namespace chipgate::audit_detail {

struct DecisionFacts {
  const Model& model;
  const FastDecision& fast;
  const std::vector<Reason>& classification;  // classification and note reasons of the item
  std::optional<std::uint32_t> treat;         // Model::treats index applied to the destination
  Date date;                                  // any date of the epoch (for what is in force)
  const Claim& claim;
  const Decision* slow = nullptr;             // the explaining decision, for undecided rows
};

// Whether the claimed exception applies: true if any in-force exception with the code is
// available, unknown if one may be, false otherwise (also when no rule provides the code).
Tri ClaimedExceptionApplies(const Model& model, const FastDecision& fast, const std::string& code);

RowExplanation BuildExplanation(const DecisionFacts& facts);

// What BuildExplanation reads of an explaining decision (DecisionFacts::slow): its missing
// inputs, and the exception rules' nodes of its tree with theirs, in the tree's order. A whole
// explaining decision is large; a cache of them keeps this instead.
Decision SlowFacts(Decision slow);

// Appends each of `cites` not yet among out.citations (the reasons' sources, each once).
void AddCitations(RowExplanation& out, const std::vector<std::string>& cites);
// Appends `reason` to out.reasons, then its citations.
void AddReason(RowExplanation& out, std::string reason, const std::vector<std::string>& cites);
// Writes out.reasons and out.citations as the JSON arrays the store keeps (once they are final).
void FinishJson(RowExplanation& out);

}  // namespace chipgate::audit_detail
