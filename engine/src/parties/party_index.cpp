// PartyIndex::Search: normalise the query, look up candidate names through the postings of its
// tokens (and their fuzzy neighbours), score only those, keep the best name per entry, apply
// the country adjustment and the dates, and rank. See docs/parties.md for the design figures.
#include <algorithm>

#include "chipgate/parties.hpp"
#include "parties/explain_hit.hpp"
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

struct PartyIndex::Impl {
  const PartyList* list = nullptr;
  Thresholds thresholds;
  Normaliser normaliser;
  NameIndex index;
  mutable VoteScratch scratch;  // why Search is not thread-safe (with the normaliser)
};

namespace {

// Names scored per query variant, at most: the best by the weight of the tokens they share.
constexpr std::size_t kMaxCandidates = 48;
constexpr std::uint32_t kMaxMergeTokens = 4;
constexpr double kMergeMin = 0.9;             // a joined run must be this alike to a listed word
constexpr std::size_t kFuzzyMergeBytes = 6;   // shorter joins must be exact
constexpr std::size_t kSyllableBytes = 6;     // only runs of syllable-sized words join fuzzily
// A match that needed a bracketed qualifier left out ("Arrow Electronics" for "Arrow Electronics
// (Hong Kong) Co., Ltd.") may be a parent or a sibling, not the listed party: at most review.
constexpr double kQualifierFactor = 0.88;

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
  return q;
}

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

// A name sharing less than this share of the query's weight cannot reach the review threshold
// (see DropHopeless); the bound below is 0.44, this leaves a margin for fuzzy pairs.
constexpr float kHopelessShare = 0.35F;

// Drops touched names whose vote is too small to score `review` (0.78) even with the country
// bonus (0.05): the score is at most 0.7 × Dice + 0.3, so Dice must reach 0.61; paired tokens
// weigh alike on both sides, so Dice ≤ 2M / (W + M) for query weight W and shared weight M,
// and M ≥ 0.44 W. Not applied with joined runs, whose weights differ on the two sides.
void DropHopeless(const PreparedQuery& q, VoteScratch& s) {
  float total = 0;
  for (const QueryToken& t : q.tokens) total += t.weight;
  const float floor = kHopelessShare * total;
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

// The names sharing the most token weight with the query (at most kMaxCandidates). Tokens in
// more than `common_frequency` names find no candidates unless the query has nothing rarer.
std::vector<std::uint32_t> Candidates(const PreparedQuery& q, const NameIndex& index, VoteScratch& s) {
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
  if (q.merges.empty()) DropHopeless(q, s);
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

struct Best {
  std::uint32_t entry = 0;
  double score = -1;
  double name_score = 0;
  CountryFit country;
  std::uint32_t name = 0;
  std::size_t variant = 0;
  NameScore scored;
};

}  // namespace

PartyIndex::PartyIndex(const PartyList& list, Thresholds thresholds) : impl_(std::make_unique<Impl>()) {
  impl_->list = &list;
  impl_->thresholds = thresholds;
  impl_->index = BuildNameIndex(list, impl_->normaliser);
}
PartyIndex::~PartyIndex() = default;
PartyIndex::PartyIndex(PartyIndex&&) noexcept = default;
PartyIndex& PartyIndex::operator=(PartyIndex&&) noexcept = default;
const PartyList& PartyIndex::list() const { return *impl_->list; }
const Thresholds& PartyIndex::thresholds() const { return impl_->thresholds; }

namespace {

// The best-scoring name of each candidate entry for one query variant, kept in `best`.
void ScoreVariant(const NameIndex& index, const PartyList& list, VoteScratch& scratch, const PreparedQuery& q,
                  std::size_t variant, const Query& query, std::vector<Best>& best) {
  for (const std::uint32_t n : Candidates(q, index, scratch)) {
    const IndexedName& name = index.names[n];
    if (!name.ListedOn(query.date)) continue;
    NameScore scored = ScoreName(q, &index.tokens[name.token_begin], name.token_count, index.weights, index.vocabulary);
    if (((q.steps | name.steps) & kStepQualifier) != 0) scored.score *= kQualifierFactor;
    const CountryFit fit = FitCountry(list.entries[name.entry], query.country, scored.score);
    const double score = std::clamp(scored.score + fit.adjustment, 0.0, 1.0);
    auto b = std::find_if(best.begin(), best.end(), [&](const Best& x) { return x.entry == name.entry; });
    if (b == best.end()) {
      b = best.emplace(best.end());
      b->entry = name.entry;
    }
    if (score > b->score) *b = Best{name.entry, score, scored.score, fit, n, variant, std::move(scored)};
  }
}

}  // namespace

std::vector<Hit> PartyIndex::Search(const Query& query) const {
  const NameIndex& index = impl_->index;
  std::vector<PreparedQuery> prepared;
  for (const NormalisedName& v : impl_->normaliser.Normalise(query.name)) prepared.push_back(Prepare(v, index));
  std::vector<Best> best;  // one per entry; few, so found by a scan
  for (std::size_t v = 0; v < prepared.size(); ++v) {
    ScoreVariant(index, *impl_->list, impl_->scratch, prepared[v], v, query, best);
  }
  std::vector<Hit> hits;
  for (const Best& b : best) {
    if (b.score < impl_->thresholds.review) continue;
    const HitDecision decision = b.score >= impl_->thresholds.match ? HitDecision::kMatch : HitDecision::kReview;
    hits.push_back(Hit{b.entry, b.score, decision,
                       ExplainHit({*impl_->list, index, prepared[b.variant], index.names[b.name], b.scored, b.name_score, b.country})});
  }
  std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.score != b.score ? a.score > b.score : a.entry < b.entry; });
  if (hits.size() > query.limit) hits.resize(query.limit);
  return hits;
}

}  // namespace chipgate::parties
