// Party hits in a decision (see parties.hpp).
#include "decide/parties.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace chipgate::decide {
namespace {

struct PartyEffects {
  bool prohibited = false;
  bool license = false;
  bool no_exceptions = false;
  bool policy_unknown = false;
  bool uvl = false;
  ReviewPolicy policy = ReviewPolicy::kNone;
};

Reason PartyReason(std::uint32_t index, bool match) {
  Reason r;
  r.kind = ReasonKind::kPartyListing;
  r.state = match ? Tri::kTrue : Tri::kUnknown;
  r.party = index;
  return r;
}

void Collect(const PartyHit& h, PartyEffects& e) {
  if (h.red_flag || !h.match) return;  // conditions and candidates are weighed after the matches
  switch (h.effect) {
    case PartyEffect::kProhibited: e.prohibited = true; break;
    case PartyEffect::kLicenseRequired:
      e.license = true;
      e.no_exceptions = true;
      if (h.policy == ReviewPolicy::kNone) e.policy_unknown = true;
      e.policy = std::max(e.policy, h.policy);
      break;
    case PartyEffect::kNoExceptions:
      e.no_exceptions = true;
      e.uvl = true;
      break;
    case PartyEffect::kOfacBlocking: break;  // stated apart from the EAR answer
    case PartyEffect::kNotEncoded: break;  // weighed with the candidates
  }
}

// A candidate (or an unencoded listing) leaves the answer open only if confirming it could
// change the answer: an Entity List candidate cannot change "license required, presumption of
// denial, no exceptions", but a Denied Persons candidate can still make that PROHIBITED.
bool CouldChange(const PartyHit& h, const Decision& d) {
  if (d.outcome == Outcome::kProhibited) return false;
  const bool settled_license = d.outcome == Outcome::kLicenseRequired && d.review_known;
  switch (h.effect) {
    case PartyEffect::kProhibited: return true;
    case PartyEffect::kLicenseRequired:
      return !settled_license || h.policy == ReviewPolicy::kNone || h.policy > d.review || !d.exceptions.empty();
    case PartyEffect::kNoExceptions: return d.outcome != Outcome::kLicenseRequired || !d.exceptions.empty();
    case PartyEffect::kOfacBlocking: return false;
    case PartyEffect::kNotEncoded: return true;
  }
  return true;
}

bool Open(const PartyHit& h) { return !h.red_flag && (!h.match || h.effect == PartyEffect::kNotEncoded); }

std::string MissingText(const PartyHit& h) {
  if (!h.not_screened.empty()) {
    return fmt::format("restricted-party screening: {} `{}` could not be screened: {}", PartyRoleKey(h.role), h.queried, h.not_screened);
  }
  if (!h.match) {
    return fmt::format("restricted-party screening: {} `{}` may be `{}` ({}, score {:.2f}): confirm or rule out", PartyRoleKey(h.role),
                       h.queried, h.entry, h.list, h.score);
  }
  return fmt::format("restricted-party screening: {} `{}` is listed on a list chipgate does not encode ({}): review `{}`",
                     PartyRoleKey(h.role), h.queried, h.list, h.entry);
}

Outcome OutcomeOf(const Decision& d, bool prohibited) {
  return prohibited                                   ? Outcome::kProhibited
         : !d.determined                              ? Outcome::kIndeterminate
         : d.license_required == Tri::kTrue           ? Outcome::kLicenseRequired
                                                      : Outcome::kNoLicenseRequired;
}

void Determine(Decision& d, const PartyEffects& e) {
  if (e.license) d.license_required = Tri::kTrue;
  if (e.license || e.prohibited) {
    // Denial is the most restrictive policy: other open questions cannot change it.
    if (e.policy == ReviewPolicy::kPresumptionOfDenial) d.review_known = true;
    if (e.policy_unknown && d.review != ReviewPolicy::kPresumptionOfDenial) d.review_known = false;
    d.review = std::max(d.review, e.policy);
  }
  if (e.no_exceptions) d.exceptions.clear();
  d.determined = d.license_required != Tri::kUnknown && (d.license_required == Tri::kFalse || d.review_known);
  // A listing can settle what the product rules left open (an Entity List denial, say).
  if (d.determined) d.missing.clear();
  d.outcome = OutcomeOf(d, e.prohibited);
  if (d.outcome == Outcome::kProhibited) d.missing.clear();
}

}  // namespace

void ApplyPartyHits(Decision& d, bool screened) {
  d.parties_screened = screened;
  if (screened) {
    std::erase_if(d.conditions, [](const Condition& c) { return c.kind == ConditionKind::kPartiesNotScreened; });
  }
  if (d.party_hits.empty()) return;
  PartyEffects effects;
  std::vector<Reason> reasons;
  for (std::uint32_t i = 0; i < d.party_hits.size(); ++i) {
    const PartyHit& h = d.party_hits[i];
    Collect(h, effects);
    reasons.push_back(PartyReason(i, h.match && !h.red_flag));
  }
  // The parties come first: the reference screens them before any item logic.
  d.reasons.insert(d.reasons.begin(), reasons.begin(), reasons.end());
  Determine(d, effects);
  // Then the open candidates, against the answer the matches gave.
  bool open = false;
  for (const PartyHit& h : d.party_hits) {
    if (!Open(h) || !CouldChange(h, d)) continue;
    open = true;
    d.missing.push_back(MissingText(h));
  }
  if (open) {
    d.determined = false;
    d.outcome = Outcome::kIndeterminate;
  }
  for (std::uint32_t i = 0; i < d.party_hits.size(); ++i) {
    if (d.party_hits[i].red_flag) d.conditions.push_back({ConditionKind::kOwnership, {}, i});
  }
  if (effects.uvl && d.outcome == Outcome::kNoLicenseRequired) {
    for (std::uint32_t i = 0; i < d.party_hits.size(); ++i) {
      if (d.party_hits[i].match && d.party_hits[i].effect == PartyEffect::kNoExceptions) d.conditions.push_back({ConditionKind::kUvlStatement, {}, i});
    }
  }
}

}  // namespace chipgate::decide
