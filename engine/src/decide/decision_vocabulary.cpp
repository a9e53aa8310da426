// The words of a decision's vocabulary (decision.hpp, vocabulary.hpp): the stable keys JSON and
// the store write for outcomes, conditions, party roles and effects, reason kinds and sections,
// and the two small accessors of Decision and Explanation. Kept apart from the evaluator, which
// never needs them.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "chipgate/decision.hpp"
#include "chipgate/vocabulary.hpp"

namespace chipgate {

const char* TriName(Tri t) {
  switch (t) {
    case Tri::kFalse: return "false";
    case Tri::kTrue: return "true";
    case Tri::kUnknown: return "unknown";
  }
  return "unknown";
}

std::string_view OutcomeKey(Outcome o) {
  switch (o) {
    case Outcome::kNoLicenseRequired: return "no_license_required";
    case Outcome::kLicenseRequired: return "license_required";
    case Outcome::kProhibited: return "prohibited";
    case Outcome::kIndeterminate: break;
  }
  return "indeterminate";
}

std::string_view ConditionKindKey(ConditionKind k) {
  switch (k) {
    case ConditionKind::kEndUse: return "end_use";
    case ConditionKind::kPartiesNotScreened: return "parties_not_screened";
    case ConditionKind::kUvlStatement: return "uvl_statement";
    case ConditionKind::kOwnership: break;
  }
  return "ownership";
}

std::string_view PartyRoleKey(PartyRole r) {
  switch (r) {
    case PartyRole::kEndUser: return "end_user";
    case PartyRole::kConsignee: return "consignee";
    case PartyRole::kPurchaser: return "purchaser";
    case PartyRole::kEndUserParent: break;
  }
  return "end_user_parent";
}

std::string_view PartyEffectKey(PartyEffect e) {
  switch (e) {
    case PartyEffect::kProhibited: return "prohibited";
    case PartyEffect::kLicenseRequired: return "license_required";
    case PartyEffect::kNoExceptions: return "no_license_exceptions";
    case PartyEffect::kOfacBlocking: return "ofac_blocking";
    case PartyEffect::kNotEncoded: break;
  }
  return "not_encoded";
}

std::string_view ReasonKindKey(ReasonKind k) {
  switch (k) {
    case ReasonKind::kTreatedAs: return "treated_as";
    case ReasonKind::kClassification: return "classification";
    case ReasonKind::kNote: return "note";
    case ReasonKind::kRequirement: return "requirement";
    case ReasonKind::kNoRequirement: return "requirement";
    case ReasonKind::kReview: return "review";
    case ReasonKind::kException: return "exception";
    case ReasonKind::kPartyListing: break;
  }
  return "party";
}

const char* ExplainSectionTitle(ExplainSection s) {
  switch (s) {
    case ExplainSection::kClassification: return "classification";
    case ExplainSection::kMetrics: return "metrics";
    case ExplainSection::kRequirements: return "license requirements";
    case ExplainSection::kReview: return "review policy";
    case ExplainSection::kExceptions: return "license exceptions";
    case ExplainSection::kNone: break;
  }
  return "";
}

const Explanation* Explanation::Section(ExplainSection s) const {
  for (const auto& c : children) {
    if (c.kind == ExplainKind::kSection && c.section == s) return &c;
  }
  return nullptr;
}

std::vector<std::string> Decision::AvailableExceptions() const {
  std::vector<std::string> out;
  for (const auto& e : exceptions) {
    if (e.available == Tri::kTrue && std::find(out.begin(), out.end(), e.code) == out.end()) out.push_back(e.code);
  }
  return out;
}

}  // namespace chipgate
