// Headline, conditions, currency and status (see answer.hpp).
#include "render/answer.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "render/reason_text.hpp"

namespace chipgate::render {
namespace {

std::string Joined(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : ", ") + p;
  return out;
}

std::string LicenseLine(const Decision& d) {
  std::string line = fmt::format("LICENSE REQUIRED ({})", d.review == ReviewPolicy::kNone ? "no review policy stated" : PolicyWords(d.review));
  const auto exceptions = d.AvailableExceptions();
  if (!exceptions.empty()) line += fmt::format("; License Exception {} available", Joined(exceptions));
  return line;
}

}  // namespace

std::string Headline(const Model& model, const Decision& d) {
  std::string line;
  switch (d.outcome) {
    case Outcome::kIndeterminate:
      return fmt::format("INDETERMINATE: the rules cannot decide without: {}", d.missing.empty() ? "(see reasons)" : Joined(d.missing));
    case Outcome::kProhibited: line = "PROHIBITED"; break;
    case Outcome::kLicenseRequired: line = LicenseLine(d); break;
    case Outcome::kNoLicenseRequired: line = "NO LICENSE REQUIRED"; break;
  }
  for (const auto& h : d.party_hits) {
    if (h.match && h.effect == PartyEffect::kOfacBlocking) line += fmt::format("; OFAC: `{}` is on the SDN list, transactions are blocked", h.queried);
  }
  if (!d.conditions.empty()) line += d.outcome == Outcome::kNoLicenseRequired ? ", provided that:" : "; this holds provided that:";
  const auto unconfirmed = UnconfirmedRules(model, d);
  if (!unconfirmed.empty()) line = fmt::format("{}{}[relies on unconfirmed rules: {}]", line, d.conditions.empty() ? " " : "\n  ", Joined(unconfirmed));
  return line;
}

std::string ConditionQuestion(const Model& model, const Condition& c, std::span<const PartyHit> parties) {
  if (c.kind == ConditionKind::kPartiesNotScreened) {
    return "no party to the transaction (purchaser, consignees, end user) is on a restricted-party list: the parties were not screened";
  }
  if (c.kind == ConditionKind::kUvlStatement || c.kind == ConditionKind::kOwnership) {
    if (c.party >= parties.size()) return "";
    const PartyHit& h = parties[c.party];
    if (c.kind == ConditionKind::kUvlStatement) {
      return fmt::format("a UVL statement from `{}` (Unverified List) is obtained before the items ship", h.queried);
    }
    return fmt::format("the end user is not 50 % or more owned by `{}` ({}, `{}`), or the Affiliates rule stays suspended on the ship date",
                       h.queried, h.list, h.entry);
  }
  const RequireRule& r = model.requirements[c.rule.index];
  if (!r.asks.empty()) return r.asks;
  return fmt::format("this does not apply: {}", r.info.title);
}

std::string ConditionId(const Model& model, const Condition& c, std::span<const PartyHit> parties) {
  if (c.kind == ConditionKind::kPartiesNotScreened) return "parties.not_screened";
  if (c.kind == ConditionKind::kUvlStatement) return "parties.uvl_statement";
  if (c.kind == ConditionKind::kOwnership) return c.party < parties.size() ? "parties.affiliates." + parties[c.party].list : "parties.affiliates";
  return model.requirements[c.rule.index].info.id;
}

std::vector<std::string> ConditionCites(const Model& model, const Condition& c, std::span<const PartyHit> parties) {
  if (c.kind == ConditionKind::kPartiesNotScreened) return {"15 CFR 744.11, 744.21, 744.22, 764.3 and Supp. 4 to Part 744 (the lists); the Consolidated Screening List"};
  if (c.kind == ConditionKind::kUvlStatement) return {"15 CFR 744.15(b) (UVL statement)"};
  if (c.kind == ConditionKind::kOwnership) {
    (void)parties;
    return {"90 FR 47201 (Affiliates rule); Red Flag 29, Supp. 3 to Part 732"};
  }
  return model.requirements[c.rule.index].info.cites;
}

std::vector<std::string> UnconfirmedRules(const Model& model, const Decision& d) {
  std::vector<std::string> out;
  for (const auto& r : d.reasons) {
    if (r.state != Tri::kTrue || r.kind == ReasonKind::kNoRequirement || r.kind == ReasonKind::kTreatedAs) continue;
    if (r.kind == ReasonKind::kNote) continue;  // a note that held took something away
    const RuleInfo& info = model.Info(r.rule);
    if (info.status != RuleStatus::kInForce && std::find(out.begin(), out.end(), info.id) == out.end()) out.push_back(info.id);
  }
  return out;
}

std::vector<std::string> Warnings(const Model& model, const Decision& d) {
  std::vector<std::string> out;
  if (model.current_to && d.date > *model.current_to) {
    out.push_back(fmt::format("the rules are current to {}; {} is later, and rules made since then are not encoded", model.current_to->ToString(),
                              d.date.ToString()));
  }
  return out;
}

}  // namespace chipgate::render
