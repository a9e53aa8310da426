// A row's restricted-party hits folded into its explanation. The semantics are
// decide::ApplyPartyHits's, the one implementation `check` uses: the row's determination is
// put into a Decision, the hits applied to it, and the claim compared again with what came out
// (a Denied Persons match → prohibited; an Entity List match → a license with the entry's
// policy and no exceptions, so a claimed NAC or NLR is a violation; an Unverified List match →
// no exceptions and an NLR only with a UVL statement; a candidate that could change the answer
// → indeterminate naming the entry to confirm).
#pragma once

#include <vector>

#include "audit/claim.hpp"
#include "audit/row_explanation.hpp"
#include "eval/evaluate.hpp"

namespace chipgate::audit_detail {

struct PartyFacts {
  const Model& model;
  const FastDecision& fast;   // the row's product-rules decision
  const RowExplanation& base;  // its explanation without the parties
  const std::vector<PartyHit>& hits;
  const Claim& claim;
};

// `base` with the hits applied: verdict, determination, reasons (the party reasons after the
// verdict, each with its list, entry, Federal Register citation and score), citations, missing.
// Its id is left for the caller.
RowExplanation FoldPartyHits(const PartyFacts& facts);

}  // namespace chipgate::audit_detail
