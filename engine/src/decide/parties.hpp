// Restricted-party hits in a decision, in the reference's decision order (§1): a Denied Persons
// match makes the answer PROHIBITED whatever the product rules say; an Entity List or MEU match
// requires a license with the listing's review policy and takes every license exception away;
// an Unverified List match takes the exceptions away and makes an NLR answer conditional on a
// UVL statement; an SDN match is OFAC's (stated beside the EAR answer); a candidate below the
// match threshold, or a list chipgate does not encode, leaves the answer indeterminate naming
// the entry to check. Nothing here searches: the hits come from the screening step.
#pragma once

#include <vector>

#include "chipgate/decision.hpp"

namespace chipgate::decide {

// Folds `hits` (already on d.party_hits) into the outcome, license, review policy, exceptions,
// reasons, missing and conditions of `d`. `screened`: some party was named and screened.
void ApplyPartyHits(Decision& d, bool screened);

}  // namespace chipgate::decide
