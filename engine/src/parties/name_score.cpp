// ScoreName (see name_score.hpp for the algorithm).
#include "parties/name_score.hpp"

#include <algorithm>
#include <array>
#include <bit>

namespace chipgate::parties {
namespace {

constexpr double kDiceShare = 0.7;
constexpr std::size_t kMaxTokens = 64;  // names are cut to this many tokens for pairing

// Jaro-Winkler is generous to different short words ("sophos"/"sophgo" 0.91), so a token
// pair that is not identical counts for twice its distance less: 0.95 → 0.90, 0.80 → 0.60.
float Counted(float similarity) { return similarity >= 1.0F ? 1.0F : std::max(0.0F, 1.0F - 2.0F * (1.0F - similarity)); }

float SimilarityTo(const QueryToken& q, std::uint32_t token) {
  const auto it = std::lower_bound(q.similar.begin(), q.similar.end(), token,
                                   [](const SimilarToken& s, std::uint32_t id) { return s.id < id; });
  return it != q.similar.end() && it->id == token ? Counted(it->similarity) : 0.0F;
}

void AddTokenOptions(const PreparedQuery& query, const std::uint32_t* name, std::size_t n,
                     const std::vector<float>& weights, std::vector<PairOption>& options) {
  // The listed tokens that may pair with a query token, and with a merge; n <= 64. Options are
  // still found query token (then merge) first, so that equal options keep their order
  // (SortOptions).
  std::uint64_t similar = 0, merged = 0;
  for (std::uint32_t j = 0; j < n; ++j) {
    similar |= PreparedQuery::Marked(query.similar_ids, name[j]) ? std::uint64_t{1} << j : 0;
    merged |= PreparedQuery::Marked(query.merged_ids, name[j]) ? std::uint64_t{1} << j : 0;
  }
  for (std::uint32_t i = 0; similar != 0 && i < query.tokens.size(); ++i) {
    for (std::uint64_t left = similar; left != 0; left &= left - 1) {
      const auto j = static_cast<std::uint32_t>(std::countr_zero(left));
      const float s = SimilarityTo(query.tokens[i], name[j]);
      if (s > 0) options.push_back({{i, 1, j, 1, s}, query.tokens[i].weight, weights[name[j]]});
    }
  }
  if (merged == 0) return;
  for (const QueryMerge& m : query.merges) {
    for (std::uint64_t left = merged; left != 0; left &= left - 1) {
      const auto j = static_cast<std::uint32_t>(std::countr_zero(left));
      if (name[j] == m.token) {
        options.push_back({{m.first, m.count, j, 1, Counted(m.similarity)}, weights[m.token], weights[m.token]});
      }
    }
  }
}

// A query token spelling 2-3 consecutive listed tokens run together ("pengxinwei").
void AddListedMergeOptions(const PreparedQuery& query, const std::uint32_t* name, std::size_t n,
                           const std::vector<float>& weights, const Vocabulary& vocabulary,
                           std::vector<PairOption>& options) {
  for (std::uint32_t i = 0; i < query.tokens.size(); ++i) {
    const std::string_view q = query.tokens[i].text;
    if (q.size() < 6) continue;
    for (std::uint32_t j = 0; j + 1 < n; ++j) {
      std::string_view rest = q;
      float heaviest = 0;
      for (std::uint32_t k = 0; k < 3 && j + k < n; ++k) {
        const std::string_view word = vocabulary.text(name[j + k]);
        if (rest.substr(0, word.size()) != word) break;
        rest.remove_prefix(word.size());
        heaviest = std::max(heaviest, weights[name[j + k]]);
        if (rest.empty() && k > 0) options.push_back({{i, 1, j, k + 1, 1.0F}, heaviest, heaviest});
        if (rest.empty()) break;
      }
    }
  }
}

// Whether a paired listed token weighs at least 80 % of the listed name's heaviest: the
// coverage bonus is for naming an entity by its distinctive words ("Zhipu"), not for a query
// of generic words that a longer name happens to contain ("Beijing Technology Development").
bool PairsHeaviestToken(const std::vector<Pairing>& pairs, const std::uint32_t* name, std::size_t n,
                        const std::vector<float>& weights) {
  float heaviest = 0, paired = 0;
  for (std::size_t j = 0; j < n; ++j) heaviest = std::max(heaviest, weights[name[j]]);
  for (const Pairing& p : pairs) {
    for (std::uint32_t j = p.c_first; j < p.c_first + p.c_count; ++j) paired = std::max(paired, weights[name[j]]);
  }
  return paired >= 0.8F * heaviest;
}

// Most similar first, then the longer run; equal options keep the order they were found in.
// Insertion sort: a name has a handful of options, and std::stable_sort allocates.
bool Before(const PairOption& a, const PairOption& b) {
  if (a.pair.similarity != b.pair.similarity) return a.pair.similarity > b.pair.similarity;
  return a.pair.q_count + a.pair.c_count > b.pair.q_count + b.pair.c_count;
}

void SortOptions(std::vector<PairOption>& options) {
  for (std::size_t k = 1; k < options.size(); ++k) {
    const PairOption o = options[k];
    std::size_t at = k;
    for (; at > 0 && Before(o, options[at - 1]); --at) options[at] = options[at - 1];
    options[at] = o;
  }
}

}  // namespace

double ScoreName(const PreparedQuery& query, const std::uint32_t* name, std::size_t name_size, const std::vector<float>& weights,
                 const Vocabulary& vocabulary, ScoreScratch& scratch) {
  const std::size_t n = std::min(name_size, kMaxTokens);
  std::vector<PairOption>& options = scratch.options;
  options.clear();
  scratch.pairs.clear();
  AddTokenOptions(query, name, n, weights, options);
  AddListedMergeOptions(query, name, n, weights, vocabulary, options);
  SortOptions(options);
  std::vector<std::uint8_t>& q_used = scratch.q_used;
  q_used.assign(query.tokens.size(), 0);
  std::array<bool, kMaxTokens> c_used{};
  double q_matched = 0, c_matched = 0, q_total = 0, c_total = 0;
  for (const PairOption& o : options) {
    const Pairing& p = o.pair;
    bool free = true;
    for (std::uint32_t i = p.q_first; i < p.q_first + p.q_count; ++i) free = free && q_used[i] == 0;
    for (std::uint32_t j = p.c_first; j < p.c_first + p.c_count; ++j) free = free && !c_used[j];
    if (!free) continue;
    for (std::uint32_t i = p.q_first; i < p.q_first + p.q_count; ++i) q_used[i] = 1;
    for (std::uint32_t j = p.c_first; j < p.c_first + p.c_count; ++j) c_used[j] = true;
    q_matched += p.similarity * o.q_weight;
    c_matched += p.similarity * o.c_weight;
    q_total += o.q_weight;
    c_total += o.c_weight;
    scratch.pairs.push_back(p);
  }
  for (std::size_t i = 0; i < query.tokens.size(); ++i) q_total += q_used[i] != 0 ? 0.0 : query.tokens[i].weight;
  for (std::size_t j = 0; j < n; ++j) c_total += c_used[j] ? 0.0 : weights[name[j]];
  if (q_total <= 0 || c_total <= 0) return 0;
  const double dice = (q_matched + c_matched) / (q_total + c_total);
  const double coverage = std::max(q_matched / q_total, c_matched / c_total);
  const bool distinctive = PairsHeaviestToken(scratch.pairs, name, n, weights);
  return std::min(1.0, distinctive ? kDiceShare * dice + (1.0 - kDiceShare) * coverage : dice);
}

}  // namespace chipgate::parties
