// PartyIndex::Search: normalise the query, look up candidate names through the postings of its
// tokens (and their fuzzy neighbours), score only those, keep the best name per entry, apply
// the country adjustment and the dates, and rank. See docs/parties.md for the design figures.
#include <algorithm>
#include <unordered_map>

#include "chipgate/parties.hpp"
#include "parties/explain_hit.hpp"
#include "parties/name_index.hpp"
#include "parties/name_score.hpp"

namespace chipgate::parties {

struct PartyIndex::Impl {
  const PartyList* list = nullptr;
  Thresholds thresholds;
  Normaliser normaliser;
  NameIndex index;
};

namespace {

// Names scored per query variant, at most: the best by the weight of the tokens they share.
constexpr std::size_t kMaxCandidates = 64;
constexpr std::uint32_t kMaxMergeTokens = 4;
constexpr double kMergeMin = 0.9;             // a joined run must be this alike to a listed word
constexpr std::size_t kFuzzyMergeBytes = 6;   // shorter joins must be exact
// A match that needed a bracketed qualifier left out ("Arrow Electronics" for "Arrow Electronics
// (Hong Kong) Co., Ltd.") may be a parent or a sibling, not the listed party: at most review.
constexpr double kQualifierFactor = 0.88;

PreparedQuery Prepare(const NormalisedName& name, const NameIndex& index) {
  PreparedQuery q;
  q.steps = name.steps;
  for (const std::string& t : name.tokens) {
    QueryToken token{t, index.unknown_weight, index.vocabulary.Similar(t, kTokenMin)};
    if (!token.similar.empty()) token.weight = index.weights[token.similar.front().id];
    q.tokens.push_back(std::move(token));
  }
  std::string joined;
  for (std::uint32_t i = 0; i < q.tokens.size(); ++i) {
    joined = q.tokens[i].text;
    for (std::uint32_t k = 2; k <= kMaxMergeTokens && i + k <= q.tokens.size(); ++k) {
      joined += q.tokens[i + k - 1].text;
      if (joined.size() < kFuzzyMergeBytes) {
        if (const auto id = index.vocabulary.Find(joined)) q.merges.push_back({i, k, *id, 1.0F});
        continue;
      }
      for (const SimilarToken& s : index.vocabulary.Similar(joined, kMergeMin)) q.merges.push_back({i, k, s.id, s.similarity});
    }
  }
  return q;
}

struct Vote {
  std::uint32_t name;
  float weight;
};

void AddPostings(const NameIndex& index, std::uint32_t token, float weight, std::vector<Vote>& votes) {
  for (std::uint32_t p = index.posting_starts[token]; p < index.posting_starts[token + 1]; ++p) {
    votes.push_back({index.postings[p], weight});
  }
}

std::vector<std::uint32_t> Candidates(const PreparedQuery& q, const NameIndex& index) {
  bool any_rare = !q.merges.empty();
  for (const QueryToken& t : q.tokens) {
    for (const SimilarToken& s : t.similar) any_rare = any_rare || index.frequency[s.id] <= index.common_frequency;
  }
  std::vector<Vote> votes;
  for (const QueryToken& t : q.tokens) {
    for (const SimilarToken& s : t.similar) {
      if (!any_rare || index.frequency[s.id] <= index.common_frequency) AddPostings(index, s.id, t.weight * s.similarity, votes);
    }
  }
  for (const QueryMerge& m : q.merges) AddPostings(index, m.token, index.weights[m.token] * m.similarity, votes);
  std::sort(votes.begin(), votes.end(), [](const Vote& a, const Vote& b) { return a.name < b.name; });
  std::vector<Vote> summed;
  for (const Vote& v : votes) {
    if (!summed.empty() && summed.back().name == v.name) summed.back().weight += v.weight;
    else summed.push_back(v);
  }
  const std::size_t keep = std::min(kMaxCandidates, summed.size());
  std::partial_sort(summed.begin(), summed.begin() + static_cast<std::ptrdiff_t>(keep), summed.end(),
                    [](const Vote& a, const Vote& b) { return a.weight != b.weight ? a.weight > b.weight : a.name < b.name; });
  std::vector<std::uint32_t> names;
  for (std::size_t i = 0; i < keep; ++i) names.push_back(summed[i].name);
  return names;
}

struct Best {
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

std::vector<Hit> PartyIndex::Search(const Query& query) const {
  const NameIndex& index = impl_->index;
  const std::vector<NormalisedName> variants = impl_->normaliser.Normalise(query.name);
  std::vector<PreparedQuery> prepared;
  for (const NormalisedName& v : variants) prepared.push_back(Prepare(v, index));
  std::unordered_map<std::uint32_t, Best> best;
  for (std::size_t v = 0; v < prepared.size(); ++v) {
    for (const std::uint32_t n : Candidates(prepared[v], index)) {
      const IndexedName& name = index.names[n];
      const Entry& entry = impl_->list->entries[name.entry];
      if (!entry.ListedOn(query.date)) continue;
      NameScore scored = ScoreName(prepared[v], &index.tokens[name.token_begin], name.token_count, index.weights, index.vocabulary);
      if (((prepared[v].steps | name.steps) & kStepQualifier) != 0) scored.score *= kQualifierFactor;
      const CountryFit fit = FitCountry(entry, query.country, scored.score);
      const double score = std::clamp(scored.score + fit.adjustment, 0.0, 1.0);
      Best& b = best[name.entry];
      if (score <= b.score) continue;
      b = Best{score, scored.score, fit, n, v, std::move(scored)};
    }
  }
  std::vector<Hit> hits;
  for (auto& [entry, b] : best) {
    if (b.score < impl_->thresholds.review) continue;
    Hit h;
    h.entry = entry;
    h.score = b.score;
    h.decision = b.score >= impl_->thresholds.match ? HitDecision::kMatch : HitDecision::kReview;
    h.explanation = ExplainHit(HitParts{*impl_->list, index, prepared[b.variant], index.names[b.name], b.scored, b.name_score, b.country});
    hits.push_back(std::move(h));
  }
  std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.score != b.score ? a.score > b.score : a.entry < b.entry; });
  if (hits.size() > query.limit) hits.resize(query.limit);
  return hits;
}

}  // namespace chipgate::parties
