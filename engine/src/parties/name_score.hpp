// The name scorer: how well a normalised query matches one normalised listed name.
//
// 1. Pair tokens. Options are (a) a query token with a listed token whose Jaro-Winkler
//    similarity is at least kTokenMin (counted as 1 - 2 × (1 - similarity) when not identical), (b) a run of 2-4 query tokens whose concatenation is a
//    listed token ("bei jing" = "beijing", the pinyin syllables of a Chinese name), and (c) a
//    query token equal to the concatenation of 2-3 listed tokens ("pengxinwei" = "peng xin
//    wei"). Options are taken greedily, most similar first, each token used at most once.
// 2. Weigh tokens by their inverse document frequency in the list (IDF, ln((N+1)/(df+0.5))),
//    so "technology" or "beijing" count little and a coined name counts a lot. A merged pair
//    weighs what its listed (or query) token weighs, on both sides.
// 3. Score = 0.7 × weighted Dice (paired weight × similarity over all weight, both sides) +
//    0.3 × the better coverage (the share of one side's weight that is paired), which lifts
//    a query that names a listed entity by its distinctive part only ("Zhipu" for "Beijing Zhipu
//    Huazhang Technology") into review without making it a match. The coverage term counts only
//    when the listed name's heaviest token (or one at 80 % of its weight) is paired; otherwise
//    the score is the Dice alone.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "parties/vocabulary.hpp"

namespace chipgate::parties {

inline constexpr double kTokenMin = 0.80;

struct QueryToken {
  std::string text;
  float weight = 0;
  std::vector<SimilarToken> similar;  // vocabulary tokens at least kTokenMin alike, by id
};

// A run of query tokens whose concatenation is (nearly: similarity 0.9 or more) a vocabulary
// token: "xian cheng" for "xianchen".
struct QueryMerge {
  std::uint32_t first = 0;
  std::uint32_t count = 0;
  std::uint32_t token = 0;
  float similarity = 1;
};

struct PreparedQuery {
  std::vector<QueryToken> tokens;
  std::vector<QueryMerge> merges;
  std::uint16_t steps = 0;
  // Bit (id mod 4096) set for every token id a query token is similar to (`similar_ids`) or a
  // merge spells (`merged_ids`): most tokens of a candidate name pair with nothing, and these
  // rule them out without a search.
  std::array<std::uint64_t, 64> similar_ids{};
  std::array<std::uint64_t, 64> merged_ids{};

  static void Mark(std::array<std::uint64_t, 64>& bits, std::uint32_t id) { bits[(id >> 6) & 63U] |= std::uint64_t{1} << (id & 63U); }
  static bool Marked(const std::array<std::uint64_t, 64>& bits, std::uint32_t id) { return (bits[(id >> 6) & 63U] >> (id & 63U) & 1U) != 0; }
};

// One pairing: query tokens [q_first, q_first + q_count) with listed tokens [c_first, ...).
struct Pairing {
  std::uint32_t q_first = 0;
  std::uint32_t q_count = 1;
  std::uint32_t c_first = 0;
  std::uint32_t c_count = 1;
  float similarity = 0;
};

struct NameScore {
  double score = 0;
  std::vector<Pairing> pairs;
};

// A pairing the scorer may take, with the weights it would count on each side.
struct PairOption {
  Pairing pair;
  float q_weight = 0;
  float c_weight = 0;
};

// What ScoreName works in, kept by its caller between calls: a search scores up to 48
// candidates a variant, and allocating these for each was a tenth of a search.
struct ScoreScratch {
  std::vector<PairOption> options;
  std::vector<std::uint8_t> q_used;
  std::vector<Pairing> pairs;  // the pairs of the last name scored
};

// `name` is the listed name's token ids; `weights` is indexed by token id. The score; the
// pairs it was made of are left in `scratch.pairs`.
double ScoreName(const PreparedQuery& query, const std::uint32_t* name, std::size_t name_size, const std::vector<float>& weights,
                 const Vocabulary& vocabulary, ScoreScratch& scratch);

}  // namespace chipgate::parties
