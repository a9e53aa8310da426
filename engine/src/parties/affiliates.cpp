// AffiliateEffectOf: the Affiliates rule's periods (data, lists/affiliates-rule.toml) applied to a
// listed owner on a date. Fail closed: unknown ownership of a party with a listed owner is a red
// flag (Red Flag 29) while the rule is in force, never "does not apply".
#include <fmt/format.h>

#include <algorithm>

#include "chipgate/parties.hpp"

namespace chipgate::parties {
namespace {

const AffiliatePeriod* PeriodOn(const AffiliatesRule& rule, Date date) {
  for (const AffiliatePeriod& p : rule.periods) {
    if (p.from <= date && (!p.until || date <= *p.until)) return &p;
  }
  return nullptr;
}

}  // namespace

std::string_view AffiliateOutcomeName(AffiliateOutcome o) {
  switch (o) {
    case AffiliateOutcome::kApplies: return "applies";
    case AffiliateOutcome::kRedFlag: return "red_flag";
    case AffiliateOutcome::kBelowThreshold: return "below_threshold";
    case AffiliateOutcome::kNotInForce: return "not_in_force";
  }
  return "not_in_force";
}

AffiliateEffect AffiliateEffectOf(const AffiliatesRule& rule, const Entry& owner, Date date,
                                  std::optional<int> owned_percent) {
  AffiliateEffect out;
  const auto& lists = rule.extends_to;
  if (std::find(lists.begin(), lists.end(), owner.list) == lists.end()) {
    out.reason = fmt::format("the Affiliates rule ({}) does not extend the {} list to owned parties", rule.citation,
                             SourceListName(owner.list));
    return out;
  }
  out.period = PeriodOn(rule, date);
  if (!out.period) {
    out.reason = fmt::format("the Affiliates rule ({}) is not in force on {}", rule.citation, date.ToString());
    return out;
  }
  out.confirmed = out.period->confirmed;
  if (owned_percent && *owned_percent < rule.threshold_percent) {
    out.outcome = AffiliateOutcome::kBelowThreshold;
    out.reason = fmt::format("owned {} %, under the rule's {} %", *owned_percent, rule.threshold_percent);
    return out;
  }
  const bool suspended = out.period->status == AffiliatePeriodStatus::kSuspended;
  out.outcome = suspended || !owned_percent ? AffiliateOutcome::kRedFlag : AffiliateOutcome::kApplies;
  out.reason = suspended ? fmt::format("the Affiliates rule is suspended on {} ({}); ownership by a listed party is a "
                                       "red flag to resolve", date.ToString(), out.period->citation)
               : !owned_percent ? "the owner is listed and the ownership share is unknown: resolve Red Flag 29 or "
                                  "apply for a license"
                                : fmt::format("owned {} % by a listed party: the owner's restrictions apply ({})",
                                              *owned_percent, out.period->citation);
  if (!out.confirmed) out.reason += fmt::format("; UNCONFIRMED: {}", out.period->note);
  return out;
}

}  // namespace chipgate::parties
