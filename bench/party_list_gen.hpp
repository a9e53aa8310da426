// A generator of realistic screening lists for benchmarks: the real CSL has about 26,000 entries
// (about 74 % SDN, of which many are people, 13 % Entity List, the rest DPL, UVL, MEU and
// other lists), names built from city words, coined company words, industry words and legal
// forms, with zero to three aliases each. Deterministic for a seed; nothing is written to disk.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "chipgate/parties.hpp"

namespace chipgate::bench {

parties::PartyList GeneratePartyList(std::size_t entries, std::uint32_t seed);

// Screening queries against such a list: about half are listed names or aliases with a typo,
// a dropped legal form or reordered words, the other half names that are not listed.
std::vector<std::string> GenerateQueries(const parties::PartyList& list, std::size_t count, std::uint32_t seed);

}  // namespace chipgate::bench
