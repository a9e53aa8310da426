// Candidate generation (see candidates.hpp): the query's tokens and their fuzzy neighbours,
// joined runs, postings walked into a dense vote array, hopeless names dropped, the best kept.
#include "parties/candidates.hpp"

#include <algorithm>

namespace chipgate::parties {
namespace {

// Names scored per query variant, at most: the best by the weight of the tokens they share.
constexpr std::size_t kMaxCandidates = 48;
constexpr std::uint32_t kMaxMergeTokens = 4;
constexpr double kMergeMin = 0.9;             // a joined run must be this alike to a listed word
constexpr std::size_t kFuzzyMergeBytes = 6;   // shorter joins must be exact
constexpr std::size_t kSyllableBytes = 6;     // only runs of syllable-sized words join fuzzily

}  // namespace

PreparedQuery Prepare(const NormalisedName& name, const NameIndex& index) {
  PreparedQuery q;
  q.steps = name.steps;
  for (const std::string& t : name.tokens) {
    QueryToken token{t, index.unknown_weight, index.vocabulary.Similar(t, kTokenMin)};
    if (!token.similar.empty()) token.weight = index.weights[token.similar.front().id];
    std::sort(token.similar.begin(), token.similar.end(),
              [](const SimilarToken& a, const SimilarToken& b) { return a.id < b.id; });
    q.tokens.push_back(std::move(token));
  }
  std::string joined;
  for (std::uint32_t i = 0; i < q.tokens.size(); ++i) {
    joined = q.tokens[i].text;
    bool syllables = joined.size() <= kSyllableBytes;
    for (std::uint32_t k = 2; k <= kMaxMergeTokens && i + k <= q.tokens.size(); ++k) {
      joined += q.tokens[i + k - 1].text;
      syllables = syllables && q.tokens[i + k - 1].text.size() <= kSyllableBytes;
      if (joined.size() < kFuzzyMergeBytes || !syllables) {
        if (const auto id = index.vocabulary.Find(joined)) q.merges.push_back({i, k, *id, 1.0F});
        continue;
      }
      for (const SimilarToken& s : index.vocabulary.Similar(joined, kMergeMin)) q.merges.push_back({i, k, s.id, s.similarity});
    }
  }
  for (const QueryToken& t : q.tokens) {
    for (const SimilarToken& s : t.similar) PreparedQuery::Mark(q.similar_ids, s.id);
  }
  for (const QueryMerge& m : q.merges) PreparedQuery::Mark(q.merged_ids, m.token);
  return q;
}

namespace {

void AddPostings(const NameIndex& index, std::uint32_t token, float weight, VoteScratch& s) {
  for (std::uint32_t p = index.posting_starts[token]; p < index.posting_starts[token + 1]; ++p) {
    const std::uint32_t name = index.postings[p];
    if (s.touched_mark[name] == 0) {
      s.touched_mark[name] = 1;
      s.touched.push_back(name);
    }
    s.votes[name] += weight;
  }
}

// The share of the query's weight a name must share to possibly score `review`, with the
// country bonus (0.05): the score is at most 0.7 × Dice + 0.3, so Dice must reach
// d = (review − 0.35) / 0.7 (0.61 for 0.78); paired tokens weigh alike on both sides, so
// Dice ≤ 2M / (W + M) for query weight W and shared weight M, and M ≥ d / (2 − d) × W (0.44 W).
// Four fifths of that leave a margin for fuzzy pairs.
float HopelessShare(double review) {
  const double d = std::max(0.0, (review - 0.35) / 0.7);
  return static_cast<float>(0.8 * d / (2.0 - d));
}

// Drops touched names whose vote is too small to score `review`. Not applied with joined runs,
// whose weights differ on the two sides.
void DropHopeless(const PreparedQuery& q, double review, VoteScratch& s) {
  float total = 0;
  for (const QueryToken& t : q.tokens) total += t.weight;
  const float floor = HopelessShare(review) * total;
  std::size_t kept = 0;
  for (const std::uint32_t n : s.touched) {
    if (s.votes[n] >= floor) {
      s.touched[kept++] = n;
      continue;
    }
    s.votes[n] = 0.0F;
    s.touched_mark[n] = 0;
  }
  s.touched.resize(kept);
}

}  // namespace

std::vector<std::uint32_t> Candidates(const PreparedQuery& q, const NameIndex& index, double review, VoteScratch& s) {
  bool any_rare = !q.merges.empty();
  for (const QueryToken& t : q.tokens) {
    for (const SimilarToken& st : t.similar) any_rare = any_rare || index.frequency[st.id] <= index.common_frequency;
  }
  s.votes.resize(index.names.size(), 0.0F);
  s.touched_mark.resize(index.names.size(), 0);
  for (const QueryToken& t : q.tokens) {
    for (const SimilarToken& st : t.similar) {
      if (!any_rare || index.frequency[st.id] <= index.common_frequency) AddPostings(index, st.id, t.weight * st.similarity, s);
    }
  }
  for (const QueryMerge& m : q.merges) AddPostings(index, m.token, index.weights[m.token] * m.similarity, s);
  if (q.merges.empty()) DropHopeless(q, review, s);
  const std::size_t keep = std::min(kMaxCandidates, s.touched.size());
  const auto heavier = [&](std::uint32_t a, std::uint32_t b) { return s.votes[a] != s.votes[b] ? s.votes[a] > s.votes[b] : a < b; };
  std::nth_element(s.touched.begin(), s.touched.begin() + static_cast<std::ptrdiff_t>(keep), s.touched.end(), heavier);
  std::vector<std::uint32_t> names(s.touched.begin(), s.touched.begin() + static_cast<std::ptrdiff_t>(keep));
  for (const std::uint32_t n : s.touched) {
    s.votes[n] = 0.0F;
    s.touched_mark[n] = 0;
  }
  s.touched.clear();
  return names;
}

}  // namespace chipgate::parties
