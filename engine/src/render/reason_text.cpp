// Reason prose (see reason_text.hpp).
#include "render/reason_text.hpp"

#include <fmt/format.h>

namespace chipgate::render {
namespace {

std::string ReviewText(const Model& m, const Reason& r) {
  if (r.rule.kind == RuleKind::kOverride) {
    return fmt::format("{}, set by {}", PolicyWords(r.policy), m.overrides[r.rule.index].info.title);
  }
  const RequireRule& req = m.requirements[r.rule.index];
  if (r.arm < 0 || static_cast<std::size_t>(r.arm) >= req.review.size()) return PolicyWords(r.policy);
  const ReviewArm& arm = req.review[static_cast<std::size_t>(r.arm)];
  if (!arm.when) return fmt::format("{} (otherwise)", PolicyWords(r.policy));
  return fmt::format("{} when {}", PolicyWords(r.policy), m.node(*arm.when).source);
}

std::string ExceptionText(const Model& m, const Reason& r) {
  const ExceptionRule& x = m.exceptions[r.rule.index];
  if (r.state == Tri::kUnknown) return fmt::format("License Exception {} may be available (undecided): {}", x.code, x.info.title);
  return fmt::format("License Exception {} is available: {}", x.code, x.requires_text);
}

}  // namespace

const char* PolicyWords(ReviewPolicy p) {
  switch (p) {
    case ReviewPolicy::kPresumptionOfDenial: return "presumption of denial";
    case ReviewPolicy::kCaseByCase: return "case-by-case review";
    case ReviewPolicy::kPresumptionOfApproval: return "presumption of approval";
    case ReviewPolicy::kNone: break;
  }
  return "";
}

std::string PartyHitText(const PartyHit& h) {
  const std::string who = fmt::format("{} `{}`{}", PartyRoleKey(h.role), h.queried, h.via_owner ? " (an owner of the end user)" : "");
  if (!h.match) return fmt::format("{} may be `{}` ({}, score {:.2f}): to be confirmed or ruled out", who, h.entry, h.list, h.score);
  const std::string entry = fmt::format("{} matches the {} entry `{}`{}", who, h.list, h.entry, h.citation.empty() ? "" : " (" + h.citation + ")");
  if (h.red_flag) return entry + ": a red flag while the Affiliates rule is suspended, not a requirement";
  switch (h.effect) {
    case PartyEffect::kProhibited: return entry + ": prohibited (General Prohibition 4); no license can authorize it";
    case PartyEffect::kLicenseRequired:
      return fmt::format("{}: license required ({}), {}, no license exceptions", entry, h.requirement.empty() ? "per the listing" : h.requirement,
                         h.policy == ReviewPolicy::kNone ? "review policy " + h.license_policy : PolicyWords(h.policy));
    case PartyEffect::kNoExceptions: return entry + ": no license exceptions; no shipment without a license before a UVL statement is obtained";
    case PartyEffect::kOfacBlocking: return entry + ": OFAC blocks transactions with this party (a separate regime from the EAR)";
    case PartyEffect::kNotEncoded: break;
  }
  return entry + ": a list whose effect chipgate does not encode; review it";
}

std::string ReasonText(const Model& m, const Reason& r, std::span<const PartyHit> parties) {
  switch (r.kind) {
    case ReasonKind::kPartyListing: return r.party < parties.size() ? PartyHitText(parties[r.party]) : "";
    case ReasonKind::kTreatedAs: {
      const TreatSym& t = m.treats[r.treat];
      return fmt::format("destination {} is read as {}: {}", t.country.ToString(), t.as.ToString(), t.title);
    }
    case ReasonKind::kClassification:
      return fmt::format("{}: {}", m.eccns[r.eccn].name, m.classify_rules[r.rule.index].info.title);
    case ReasonKind::kNote:
      return fmt::format("{} does not apply: excluded by {}", m.eccns[r.eccn].name, m.notes[r.rule.index].info.title);
    case ReasonKind::kRequirement: {
      const std::string& title = m.requirements[r.rule.index].info.title;
      return r.state == Tri::kUnknown ? "may apply (undecided): " + title : title;
    }
    case ReasonKind::kNoRequirement: return "no license requirement applies to this item, destination and end user on this date";
    case ReasonKind::kReview: return ReviewText(m, r);
    case ReasonKind::kException: return ExceptionText(m, r);
  }
  return "";
}

std::string ReasonRuleId(const Model& m, const Reason& r, std::span<const PartyHit> parties) {
  if (r.kind == ReasonKind::kPartyListing) return r.party < parties.size() ? "party." + parties[r.party].list : "";
  if (r.kind == ReasonKind::kNoRequirement || r.kind == ReasonKind::kTreatedAs) return "";
  return m.Info(r.rule).id;
}

std::span<const std::string> ReasonCiteView(const Model& m, const Reason& r, std::span<const PartyHit> parties) {
  if (r.kind == ReasonKind::kPartyListing) {
    if (r.party >= parties.size() || parties[r.party].citation.empty()) return {};
    return {&parties[r.party].citation, 1};
  }
  if (r.kind == ReasonKind::kNoRequirement) return {};
  if (r.kind == ReasonKind::kTreatedAs) return {&m.treats[r.treat].cite, 1};
  return m.Info(r.rule).cites;
}

std::vector<std::string> ReasonCites(const Model& m, const Reason& r, std::span<const PartyHit> parties) {
  const std::span<const std::string> view = ReasonCiteView(m, r, parties);
  return {view.begin(), view.end()};
}

std::string ReasonStatus(const Model& m, const Reason& r) {
  if (r.kind == ReasonKind::kNoRequirement || r.kind == ReasonKind::kTreatedAs || r.kind == ReasonKind::kPartyListing) return "";
  const RuleStatus s = m.Info(r.rule).status;
  return s == RuleStatus::kInForce ? "" : RuleStatusName(s);
}

}  // namespace chipgate::render
