// RowAuditor (see row_auditor.hpp): the fast path for every row, and two bounded caches that make
// explanations free per row. Classification reasons depend only on the item and the epoch;
// a whole explanation depends only on the decision, the epoch, the item, how the destination
// was read, which optional inputs were given, and the claim's kind and code. Clearing a cache
// when it is full changes no output (everything in it can be rebuilt identically), so results
// stay deterministic while memory stays flat.
#include <fmt/format.h>

#include <functional>
#include <optional>
#include <unordered_map>

#include "audit/explanation.hpp"
#include "audit/claim.hpp"
#include "audit/party_lookup.hpp"
#include "audit/row_auditor.hpp"
#include "audit/row_explanation.hpp"
#include "audit/row_verdict.hpp"
#include "audit/shipment_row.hpp"
#include "audit/license_check.hpp"
#include "audit/party_screen.hpp"
#include "audit/party_verdict.hpp"
#include "eval/evaluate.hpp"
#include "explain/explain.hpp"
#include "compile/program.hpp"

namespace chipgate {
namespace {

constexpr std::size_t kMaxCachedExplanations = 50000;

struct ExplanationKey {
  std::uint32_t epoch = 0;
  std::uint32_t item = 0;
  std::int32_t treat = -1;
  bool end_user_hq_known = false;
  bool exporter_hq_known = false;
  bool parties_screened = false;
  ClaimKind claim_kind = ClaimKind::kNoLicense;
  std::string claim_code;
  FastDecision fast;

  bool operator==(const ExplanationKey& o) const {
    return epoch == o.epoch && item == o.item && treat == o.treat && end_user_hq_known == o.end_user_hq_known &&
           parties_screened == o.parties_screened &&
           exporter_hq_known == o.exporter_hq_known && claim_kind == o.claim_kind && claim_code == o.claim_code && fast == o.fast;
  }
};

struct ExplanationKeyHash {
  std::size_t operator()(const ExplanationKey& k) const {
    std::size_t h = (std::size_t{k.epoch} << 32) ^ k.item;
    auto mix = [&h](std::size_t v) { h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2); };
    mix(static_cast<std::size_t>(k.treat + 1));
    mix(static_cast<std::size_t>(k.end_user_hq_known) | (static_cast<std::size_t>(k.exporter_hq_known) << 1) |
        (static_cast<std::size_t>(k.claim_kind) << 2) | (static_cast<std::size_t>(k.parties_screened) << 5));
    mix(std::hash<std::string>{}(k.claim_code));
    const FastDecision& d = k.fast;
    mix(static_cast<std::size_t>(d.license_required) | (static_cast<std::size_t>(d.review) << 2) |
        (static_cast<std::size_t>(d.review_known) << 4) | (static_cast<std::size_t>(d.determined) << 5) |
        (static_cast<std::size_t>(d.missing) << 6));
    mix(std::hash<std::bitset<kMaxEccns>>{}(d.eccn_true));
    mix(std::hash<std::bitset<kMaxEccns>>{}(d.eccn_unknown));
    mix(d.requirement_true.to_ullong());
    mix(d.requirement_unknown.to_ullong());
    mix(d.exception_true.to_ullong());
    mix(d.exception_unknown.to_ullong());
    mix(static_cast<std::size_t>(d.review_requirement + 1) | (static_cast<std::size_t>(d.review_override + 1) << 16) |
        (static_cast<std::size_t>(d.review_arm + 1) << 32));
    return h;
  }
};

// The question Audit and Classifications ask the fast path for `row`.
FastQuery FastQueryOf(const ShipmentRow& row) {
  FastQuery q;
  q.item = row.item;
  q.destination = row.destination.index();
  q.end_user_hq = row.end_user_hq ? row.end_user_hq->index() : -1;
  q.exporter_hq = row.exporter_hq ? row.exporter_hq->index() : -1;
  q.date = row.date;
  // A shipment log states no end use: answered "no", as `check` and the row's explanation
  // (Explain) answer it, so an end-use rule is a condition of the verdict, not an unknown.
  for (std::size_t e = 0; e < kEndUseCount; ++e) q.inputs[static_cast<std::size_t>(EndUseInput(static_cast<EndUse>(e)))] = 0;
  return q;
}

// The fast path's answer depends on the epoch (not the date within it: Decide reads the date
// only to find its epoch), the item, the destination and the two headquarters; FastQueryOf
// fixes everything else. Those five packed in 64 bits, or nothing when one is out of range
// (never, for the bundled rules and catalog; such a row is simply decided afresh).
std::optional<std::uint64_t> DecisionMemoKey(const ShipmentRow& row, std::uint32_t epoch) {
  constexpr std::uint64_t kCountryBits = 10;  // CountryCode::kSpace (682) < 1024
  static_assert(CountryCode::kSpace < (std::size_t{1} << kCountryBits));
  if (epoch >= (1U << 12) || row.item >= (1U << 20)) return std::nullopt;
  const auto hq = [](const std::optional<CountryCode>& c) -> std::uint64_t { return c ? c->index() + 1U : 0U; };
  std::uint64_t key = epoch;
  key = (key << 20) | row.item;
  key = (key << kCountryBits) | row.destination.index();
  key = (key << (kCountryBits + 1)) | hq(row.end_user_hq);
  key = (key << (kCountryBits + 1)) | hq(row.exporter_hq);
  return key;
}

}  // namespace

// A row with party hits: its product-rules explanation and the hits (each hit's text names
// the row's party, so the hits themselves are the key, not just the entries). An owner's hit
// also depends on the Affiliates rule on the row's date: its red flag and explanation say how.
std::string PartyKey(std::uint64_t base_id, const std::vector<PartyHit>& hits) {
  std::string key = std::to_string(base_id);
  for (const PartyHit& h : hits) {
    key += fmt::format("|{}\x1f{}\x1f{}\x1f{}\x1f{:.6f}\x1f{}\x1f{}", static_cast<int>(h.role), h.queried, h.entry, h.list, h.score, h.match,
                       h.red_flag);
    if (h.via_owner) key += "\x1f" + h.explanation;
  }
  return key;
}

struct RowAuditor::State {
  State(const Model& m, const Catalog& c, const ParamValues& p, const AuditPartyLookup* lookup)
      : model(m), catalog(c), params(p), program(Compile(m, p)), bound(Bind(program, c)), scratch(program) {
    if (lookup != nullptr) parties.emplace(*lookup);
  }

  const Model& model;
  const Catalog& catalog;
  const ParamValues& params;
  Program program;
  BoundCatalog bound;
  Scratch scratch;
  std::unordered_map<std::uint64_t, std::vector<Reason>> classifications;  // (epoch, item)
  // Decide's answers by DecisionMemoKey: a log asks a few thousand distinct questions a
  // million times, and deciding was an eighth of the deciding thread.
  std::unordered_map<std::uint64_t, FastDecision> decisions;
  FastDecision uncached;
  std::unordered_map<ExplanationKey, RowExplanation, ExplanationKeyHash> explanations;
  std::unordered_map<ExplanationKey, Decision, ExplanationKeyHash> slow_decisions;  // claims left out of the key
  std::optional<audit_detail::RowPartyScreen> parties;
  std::unordered_map<std::string, RowExplanation> with_parties;  // PartyKey → explanation
  ExplanationKey key;  // reused, so a cache hit allocates nothing
  // Classifications(): NoteDecisionFacts of each distinct set of ECCN answers.
  std::unordered_map<std::bitset<kMaxEccns>, RowExplanation> classification_lists;
  const std::vector<std::string> no_classifications;
  RowExplanation out_of_coverage;
  std::uint64_t explanations_built = 0;

  const std::vector<Reason>& ClassificationReasons(std::uint32_t epoch, const ShipmentRow& row) {
    const std::uint64_t k = (std::uint64_t{epoch} << 32) | row.item;
    auto it = classifications.find(k);
    if (it != classifications.end()) return it->second;
    Decision d = ClassifyItem(model, catalog, params, row.item, row.date);
    std::vector<Reason> kept;
    for (auto& r : d.reasons) {
      if (r.kind == ReasonKind::kClassification || r.kind == ReasonKind::kNote) kept.push_back(std::move(r));
    }
    return classifications.emplace(k, std::move(kept)).first->second;
  }

  std::optional<std::uint32_t> TreatOf(const ShipmentRow& row) const {
    for (std::uint32_t t = 0; t < model.treats.size(); ++t) {
      if (model.treats[t].country == row.destination && model.treats[t].interval.Contains(row.date)) return t;
    }
    return std::nullopt;
  }

  // The index of the rules' epoch on the row's date; nothing before the rules' coverage.
  std::optional<std::uint32_t> EpochOf(const ShipmentRow& row) {
    const EpochProgram* epoch = scratch.Epoch(program, row.date);
    if (epoch == nullptr) return std::nullopt;
    return static_cast<std::uint32_t>(epoch - program.epochs.data());
  }

  const FastDecision& FastAnswer(const ShipmentRow& row, std::uint32_t epoch) {
    const auto memo = DecisionMemoKey(row, epoch);
    if (!memo) return uncached = Decide(program, bound, FastQueryOf(row), scratch);
    if (const auto it = decisions.find(*memo); it != decisions.end()) return it->second;
    if (decisions.size() >= kMaxCachedExplanations) decisions.clear();
    return decisions.emplace(*memo, Decide(program, bound, FastQueryOf(row), scratch)).first->second;
  }

  RowExplanation Build(const ShipmentRow& row) {
    const auto treat = TreatOf(row);
    const std::vector<Reason>& classification = ClassificationReasons(key.epoch, row);
    audit_detail::DecisionFacts facts{model, key.fast, classification, treat, row.date, row.claim, nullptr};
    RowExplanation out = audit_detail::BuildExplanation(facts);
    out.item_id = catalog.items()[row.item].id;
    audit_detail::NoteDecisionFacts(model, key.fast, out);
    NotScreened(out);
    if (out.verdict != Verdict::kIndeterminate) return out;
    // Undecided: the explaining evaluator names every missing input (the fast path keeps one).
    facts.slow = &SlowDecision(row);
    out = audit_detail::BuildExplanation(facts);
    out.item_id = catalog.items()[row.item].id;
    audit_detail::NoteDecisionFacts(model, key.fast, out);
    NotScreened(out);
    return out;
  }

  // Fail closed in words: an auditor must not read "ok" as "the parties were cleared".
  void NotScreened(RowExplanation& out) const {
    out.parties_screened = key.parties_screened;
    if (key.parties_screened) return;
    out.reasons.push_back("the parties were not screened against the restricted-party lists");
    out.reasons_json = JsonStringArray(out.reasons);
  }

  // The explaining evaluator's decision for an undecided row. It does not read the claim, so
  // rows that differ only in what they claim share it: the slowest step of an explanation is
  // taken once per decision, not once per claim.
  const Decision& SlowDecision(const ShipmentRow& row) {
    ExplanationKey unclaimed = key;
    unclaimed.claim_kind = ClaimKind::kNoLicense;
    unclaimed.claim_code.clear();
    if (const auto it = slow_decisions.find(unclaimed); it != slow_decisions.end()) return it->second;
    return slow_decisions.emplace(std::move(unclaimed), audit_detail::SlowFacts(Explain(model, catalog, params, row.AsQuery()))).first->second;
  }

  const RowExplanation& Base(const ShipmentRow& row) {
    if (const auto it = explanations.find(key); it != explanations.end()) return it->second;
    if (explanations.size() >= kMaxCachedExplanations) {
      explanations.clear();
      slow_decisions.clear();  // no larger than explanations
      with_parties.clear();  // keyed by the ids of the explanations just dropped
    }
    RowExplanation built = Build(row);
    built.id = ++explanations_built;
    return explanations.emplace(key, std::move(built)).first->second;
  }

  const RowExplanation& WithParties(const ShipmentRow& row, const RowExplanation& base, const std::vector<PartyHit>& hits) {
    std::string k = PartyKey(base.id, hits);
    if (const auto it = with_parties.find(k); it != with_parties.end()) return it->second;
    if (with_parties.size() >= kMaxCachedExplanations) with_parties.clear();
    RowExplanation built = audit_detail::FoldPartyHits({model, key.fast, base, hits, row.claim});
    built.id = ++explanations_built;
    return with_parties.emplace(std::move(k), std::move(built)).first->second;
  }
};

// Keep in step with Audit() below and RowPartyScreen::Screen: these are the values they use.
std::string_view AuditFixedInputsJson() {
  return R"({"end_use":["none"],"transaction":"export","exporter":null,"uae_approved_entity":false,)"
         R"("end_user_country":"destination","consignee_country":"destination"})";
}

RowAuditor::RowAuditor(const Model& model, const Catalog& catalog, const ParamValues& params, const AuditPartyLookup* parties)
    : state_(std::make_unique<State>(model, catalog, params, parties)) {}

RowAuditor::~RowAuditor() = default;

const RowExplanation& RowAuditor::Audit(const ShipmentRow& row) {
  State& s = *state_;
  const auto epoch = s.EpochOf(row);
  if (!epoch) {  // the reader rejects such dates; never decide outside the rules' coverage
    s.out_of_coverage = RejectedExplanation("ship date before the rules' coverage");
    return s.out_of_coverage;
  }
  s.key.epoch = *epoch;
  s.key.fast = s.FastAnswer(row, s.key.epoch);
  s.key.item = row.item;
  const auto treat = s.TreatOf(row);
  s.key.treat = treat ? static_cast<std::int32_t>(*treat) : -1;
  s.key.end_user_hq_known = row.end_user_hq.has_value();
  s.key.exporter_hq_known = row.exporter_hq.has_value();
  s.key.claim_kind = row.claim.kind;
  s.key.claim_code = row.claim.code;
  s.key.parties_screened = s.parties.has_value();
  const RowExplanation& base = s.Base(row);
  if (!s.parties) return base;
  const std::vector<PartyHit>& hits = s.parties->Screen(row);
  return hits.empty() ? base : s.WithParties(row, base, hits);
}

void RowAuditor::Prefetch(const ShipmentRow& row) {
  State& s = *state_;
  if (s.parties && !row.rejected()) s.parties->Prefetch(row);
}

// The same decision and the same NoteDecisionFacts as Build, so a license is checked in the
// first pass against exactly what the row's explanation will list. Few distinct answers (an
// item's classification does not depend on the destination), so each list is built once.
const std::vector<std::string>& RowAuditor::Classifications(const ShipmentRow& row) {
  State& s = *state_;
  const auto epoch = s.EpochOf(row);
  if (!epoch) return s.no_classifications;  // as Audit's out-of-coverage answer
  const FastDecision& fast = s.FastAnswer(row, *epoch);
  if (const auto it = s.classification_lists.find(fast.eccn_true); it != s.classification_lists.end()) return it->second.classifications;
  if (s.classification_lists.size() >= kMaxCachedExplanations) s.classification_lists.clear();
  RowExplanation facts;
  audit_detail::NoteDecisionFacts(s.model, fast, facts);
  return s.classification_lists.emplace(fast.eccn_true, std::move(facts)).first->second.classifications;
}

}  // namespace chipgate
