// The first half of a search: a normalised query prepared against the index (each token's
// fuzzy neighbours in the vocabulary, runs of tokens that join into a listed word), and the
// candidate names worth scoring.
#pragma once

#include <cstdint>
#include <vector>

#include "parties/name_index.hpp"
#include "parties/name_score.hpp"

namespace chipgate::parties {

// Per-search scratch, kept between searches so a search allocates little: the vote of each
// name (a dense array, reset through the list of names touched).
struct VoteScratch {
  std::vector<float> votes;
  std::vector<std::uint8_t> touched_mark;
  std::vector<std::uint32_t> touched;
};

PreparedQuery Prepare(const NormalisedName& name, const NameIndex& index);

// The names sharing the most token weight with the query (at most 48), without those that
// cannot reach `review`. Tokens in more than `index.common_frequency` names find no candidates
// unless the query has nothing rarer. `scratch` is reused between calls.
std::vector<std::uint32_t> Candidates(const PreparedQuery& q, const NameIndex& index, double review, VoteScratch& scratch);

}  // namespace chipgate::parties
