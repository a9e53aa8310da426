// Party hits in a row's explanation (see party_verdict.hpp).
#include "audit/party_verdict.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "audit/explanation.hpp"
#include "audit/verdict.hpp"
#include "decide/determination.hpp"
#include "decide/parties.hpp"
#include "render/answer.hpp"
#include "render/reason_text.hpp"

namespace chipgate::audit_detail {
namespace {

// The product rules' determination as a Decision, the form ApplyPartyHits works on.
Decision DeterminationOf(const Model& m, const FastDecision& fd, const RowExplanation& base) {
  Decision d;
  decide::FillDetermination(m, fd, d);
  d.missing = base.missing_inputs;
  return d;
}

// Whether the claimed exception is still available once the listings took exceptions away.
Tri ClaimedExceptionAfter(const Decision& d, const Claim& claim) {
  if (claim.kind != ClaimKind::kException) return Tri::kFalse;
  Tri out = Tri::kFalse;
  for (const auto& x : d.exceptions) {
    if (x.code != claim.code) continue;
    if (x.available == Tri::kTrue) return Tri::kTrue;
    out = Tri::kUnknown;
  }
  return out;
}

class Folder {
 public:
  explicit Folder(const PartyFacts& f) : f_(f), d_(DeterminationOf(f.model, f.fast, f.base)) {
    d_.party_hits = f.hits;
    decide::ApplyPartyHits(d_, true);
  }

  RowExplanation Fold() {
    // A candidate that could change the answer leaves it open (ApplyPartyHits names it among the
    // missing): then no claim can be checked, whatever the product rules alone required.
    const bool open = CandidateOpen();
    const ClaimCheck check = CompareClaim(d_.outcome, open ? Tri::kUnknown : d_.license_required,
                                          open ? Tri::kUnknown : ClaimedExceptionAfter(d_, f_.claim), f_.claim);
    out_ = f_.base;
    out_.verdict = check.verdict;
    out_.outcome = d_.outcome;
    out_.license_required = d_.license_required;
    out_.review = d_.review;
    out_.review_known = d_.review_known;
    out_.exceptions = d_.AvailableExceptions();
    out_.required = RequiredText(d_.outcome, d_.license_required, d_.review, d_.review_known, out_.exceptions);
    out_.party_hits = d_.party_hits;
    out_.parties_screened = true;
    out_.reasons.clear();
    out_.citations.clear();
    out_.typed_reasons.clear();
    Add(check.sentence, {});
    PartyReasons();
    BaseReasons();
    Conditions();
    Missing();
    FinishJson(out_);
    return std::move(out_);
  }

 private:
  void Add(std::string reason, const std::vector<std::string>& cites) { AddReason(out_, std::move(reason), cites); }
  void Cite(const std::vector<std::string>& cites) { AddCitations(out_, cites); }

  bool CandidateOpen() const {
    if (d_.outcome != Outcome::kIndeterminate) return false;
    const auto& before = f_.base.missing_inputs;
    return std::any_of(d_.missing.begin(), d_.missing.end(), [&](const std::string& m) { return std::find(before.begin(), before.end(), m) == before.end(); });
  }

  // ApplyPartyHits put the party reasons first, one per hit.
  void PartyReasons() {
    for (const Reason& r : d_.reasons) {
      if (r.kind != ReasonKind::kPartyListing) continue;
      out_.typed_reasons.push_back(r);
      const std::string text = render::ReasonText(f_.model, r, d_.party_hits);
      Add(fmt::format("{} {}: {} (score {:.2f})", ReasonKindKey(r.kind), render::ReasonRuleId(f_.model, r, d_.party_hits), text,
                      d_.party_hits[r.party].score),
          render::ReasonCites(f_.model, r, d_.party_hits));
    }
  }

  // The product rules' reasons as the base gave them (reasons[0] is its verdict sentence, then
  // one per typed reason, then what became of a claimed exception, then `missing:` when the
  // base was indeterminate), less the exceptions a listing took away.
  void BaseReasons() {
    const std::vector<std::string>& text = f_.base.reasons;
    const std::size_t typed = f_.base.typed_reasons.size();
    const bool exceptions_gone = d_.exceptions.empty();
    for (std::size_t i = 0; i < typed && i + 1 < text.size(); ++i) {
      const Reason& r = f_.base.typed_reasons[i];
      if (exceptions_gone && r.kind == ReasonKind::kException) continue;
      out_.typed_reasons.push_back(r);
      Add(text[i + 1], {});
    }
    const std::size_t tail_end = text.size() - (f_.base.verdict == Verdict::kIndeterminate && text.size() > typed + 1 ? 1 : 0);
    for (std::size_t i = typed + 1; i < tail_end; ++i) Add(text[i], {});
    Cite(f_.base.citations);
  }

  void Conditions() {
    for (const Condition& c : d_.conditions) {
      if (c.kind != ConditionKind::kUvlStatement && c.kind != ConditionKind::kOwnership) continue;
      Add(fmt::format("condition {}: {}", render::ConditionId(f_.model, c, d_.party_hits), render::ConditionQuestion(f_.model, c, d_.party_hits)),
          render::ConditionCites(f_.model, c, d_.party_hits));
    }
  }

  void Missing() {
    out_.missing_inputs.clear();
    out_.missing.clear();
    if (out_.verdict != Verdict::kIndeterminate) return;
    out_.missing_inputs = d_.missing;
    for (const auto& n : d_.missing) out_.missing += (out_.missing.empty() ? "" : ", ") + n;
    Add(fmt::format("missing: {}", out_.missing.empty() ? "(see the explanation)" : out_.missing), {});
  }

  const PartyFacts& f_;
  Decision d_;
  RowExplanation out_;
};

}  // namespace

RowExplanation FoldPartyHits(const PartyFacts& facts) { return Folder(facts).Fold(); }

}  // namespace chipgate::audit_detail
