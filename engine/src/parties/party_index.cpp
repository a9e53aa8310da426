// PartyIndex::Search: normalise the query, look up candidate names through the postings of its
// tokens (and their fuzzy neighbours), score only those, keep the best name per entry, apply
// the country adjustment and the dates, and rank. See docs/parties.md for the design figures.
#include <fmt/format.h>

#include <algorithm>

#include "chipgate/parties.hpp"
#include "parties/candidates.hpp"
#include "parties/explain_hit.hpp"
#include "parties/name_index.hpp"
#include "parties/name_score.hpp"

namespace chipgate::parties {

struct PartyIndex::Impl {
  const PartyList* list = nullptr;
  Thresholds thresholds;
  Normaliser normaliser;
  NameIndex index;
  // Kept between searches, and why Search is not thread-safe (with the normaliser).
  mutable VoteScratch scratch;
  mutable ScoreScratch score_scratch;
  mutable std::vector<std::uint32_t> best_of_entry;  // by entry: its place in `best` + 1, or 0
};

namespace {

// A match that needed a bracketed qualifier left out ("Arrow Electronics" for "Arrow Electronics
// (Hong Kong) Co., Ltd.") may be a parent or a sibling, not the listed party: at most review.
constexpr double kQualifierFactor = 0.88;

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

PartyIndex::PartyIndex(const PartyList& list, Thresholds thresholds, std::string unicode_plugin) : impl_(std::make_unique<Impl>()) {
  impl_->list = &list;
  impl_->thresholds = thresholds;
  impl_->normaliser = Normaliser(std::move(unicode_plugin));
  impl_->index = BuildNameIndex(list, impl_->normaliser);
}
PartyIndex::~PartyIndex() = default;
PartyIndex::PartyIndex(PartyIndex&&) noexcept = default;
PartyIndex& PartyIndex::operator=(PartyIndex&&) noexcept = default;
const PartyList& PartyIndex::list() const { return *impl_->list; }
const Thresholds& PartyIndex::thresholds() const { return impl_->thresholds; }

namespace {

// The best-scoring name of each candidate entry for one query variant, kept in `best`. False
// when the variant has no candidate at all.
// `best_of_entry` finds an entry's place in `best` (a scan was a twentieth of a search).
bool ScoreVariant(const NameIndex& index, const PartyList& list, double review, VoteScratch& scratch, ScoreScratch& score_scratch,
                  const PreparedQuery& q, std::size_t variant, const Query& query, std::vector<Best>& best,
                  std::vector<std::uint32_t>& best_of_entry) {
  const std::vector<std::uint32_t> candidates = Candidates(q, index, review, scratch);
  for (const std::uint32_t n : candidates) {
    const IndexedName& name = index.names[n];
    if (!query.any_date && !name.ListedOn(query.date)) continue;
    double name_score = ScoreName(q, &index.tokens[name.token_begin], name.token_count, index.weights, index.vocabulary, score_scratch);
    if (((q.steps | name.steps) & kStepQualifier) != 0) name_score *= kQualifierFactor;
    const CountryFit fit = FitCountry(list.entries[name.entry], query.country, name_score);
    const double score = std::clamp(name_score + fit.adjustment, 0.0, 1.0);
    std::uint32_t& slot = best_of_entry[name.entry];
    // A slot that does not point back at its entry is left from a search an exception cut short.
    if (slot == 0 || slot > best.size() || best[slot - 1].entry != name.entry) {
      best.emplace_back().entry = name.entry;
      slot = static_cast<std::uint32_t>(best.size());
    }
    Best& b = best[slot - 1];
    if (score <= b.score) continue;
    // The pairs explain a hit; one under `review` is not listed, so they are not kept for it.
    b = Best{name.entry, score, name_score, fit, n, variant, NameScore{name_score, {}}};
    if (score >= review) b.scored.pairs = score_scratch.pairs;
  }
  return !candidates.empty();
}

// Why a search of `query` cannot be complete, or empty.
std::string NotScreened(const Normalised& query, const NameIndex& index) {
  if (!query.failure.empty()) return "the name needs Unicode normalisation that could not run: " + query.failure;
  if (index.unnormalised.empty()) return {};
  return fmt::format("{} listed name(s) need Unicode normalisation that could not run, so they were not compared: {}",
                     index.unnormalised_names, index.unnormalised);
}

}  // namespace

SearchResult PartyIndex::Search(const Query& query) const {
  const NameIndex& index = impl_->index;
  const Normalised normalised = impl_->normaliser.Normalise(query.name);
  SearchResult result;
  result.not_screened = NotScreened(normalised, index);
  std::vector<PreparedQuery> prepared;
  for (const NormalisedName& v : normalised.names) prepared.push_back(Prepare(v, index));
  std::vector<Best> best;  // one per entry
  impl_->best_of_entry.resize(impl_->list->entries.size(), 0);
  for (std::size_t v = 0; v < prepared.size(); ++v) {
    if (ScoreVariant(index, *impl_->list, impl_->thresholds.review, impl_->scratch, impl_->score_scratch, prepared[v], v,
                     query, best, impl_->best_of_entry)) result.scored_any = true;
  }
  for (const Best& b : best) impl_->best_of_entry[b.entry] = 0;
  std::vector<Hit>& hits = result.hits;
  for (const Best& b : best) {
    if (b.score < impl_->thresholds.review) continue;
    const HitDecision decision = b.score >= impl_->thresholds.match ? HitDecision::kMatch : HitDecision::kReview;
    hits.push_back(Hit{b.entry, b.score, decision,
                       ExplainHit({*impl_->list, index, prepared[b.variant], index.names[b.name], b.scored, b.name_score, b.country})});
  }
  std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.score != b.score ? a.score > b.score : a.entry < b.entry; });
  if (hits.size() > query.limit) hits.resize(query.limit);
  return result;
}

}  // namespace chipgate::parties
