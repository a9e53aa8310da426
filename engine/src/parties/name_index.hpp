// The screening index's data: every listed name and alias normalised once into token ids, the
// token weights (IDF), and postings (token → names containing it) in one flat array.
#pragma once

#include <climits>
#include <cstdint>
#include <string>
#include <vector>

#include "chipgate/parties.hpp"
#include "parties/normalise.hpp"
#include "parties/vocabulary.hpp"

namespace chipgate::parties {

struct IndexedName {
  std::uint32_t entry = 0;
  std::uint32_t name = 0;         // 0: the entry's name; k: alias k - 1
  std::uint32_t token_begin = 0;  // into NameIndex::tokens
  std::uint32_t token_count = 0;
  std::uint16_t steps = 0;        // normalisations applied
  // The entry's listing dates as days since 1970 (open ends at the limits), so a search can
  // skip names not listed on its date without touching the entry.
  std::int32_t listed_from = INT32_MIN;
  std::int32_t listed_until = INT32_MAX;
  bool ListedOn(Date d) const { return listed_from <= d.days() && d.days() <= listed_until; }
};

struct NameIndex {
  Vocabulary vocabulary;
  std::vector<IndexedName> names;
  std::vector<std::uint32_t> tokens;     // every name's token ids, back to back
  std::vector<float> weights;            // by token id
  std::vector<std::uint32_t> frequency;  // names containing the token, by token id
  std::vector<std::uint32_t> posting_starts;  // by token id, size + 1
  std::vector<std::uint32_t> postings;        // name ids
  float unknown_weight = 0;              // the weight of a token no name has
  std::uint32_t common_frequency = 0;    // tokens in more names than this do not find candidates
  // Why some listed names could not be normalised (normalise.hpp Normalised::failure), and how
  // many: a search of any name may then miss them, so none may come back clean.
  std::string unnormalised;
  std::uint32_t unnormalised_names = 0;
};

NameIndex BuildNameIndex(const PartyList& list, const Normaliser& normaliser);

}  // namespace chipgate::parties
