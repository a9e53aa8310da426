// RequirementOf: what a listing requires (reference §1 step 1, §4.1, §4.6-§4.9). The effect is
// fixed by the list; the Entity List's effect also depends on the entry's requirement text,
// because a few entries name particular items instead of "all items subject to the EAR".
#include <array>
#include <string>

#include "chipgate/parties.hpp"

namespace chipgate::parties {
namespace {

// SDN program tags whose designations also need a BIS license under §744.8(a)(1) (89 FR 20107;
// per [S] summaries: EOs 13405, 13660-13662, 13685, 14024, 14038, FTO, SDGT, NPWMD, narcotics).
constexpr auto kPrograms744_8 = std::to_array<std::string_view>({
    "BELARUS", "BELARUS-EO14038", "UKRAINE-EO13660", "UKRAINE-EO13661", "UKRAINE-EO13662", "UKRAINE-EO13685",
    "RUSSIA-EO14024", "FTO", "SDGT", "NPWMD", "SDNTK", "ILLICIT-DRUGS-EO14059", "TCO", "SDNT"});

bool HasProgram744_8(std::string_view programs) {
  for (const std::string_view p : kPrograms744_8) {
    for (std::size_t at = programs.find(p); at != std::string_view::npos; at = programs.find(p, at + 1)) {
      const bool starts = at == 0 || programs[at - 1] == ' ' || programs[at - 1] == ';' || programs[at - 1] == '[';
      const std::size_t end = at + p.size();
      const bool ends = end == programs.size() || programs[end] == ';' || programs[end] == ']' || programs[end] == ' ';
      if (starts && ends) return true;
    }
  }
  return false;
}

bool AllItems(std::string_view requirement) {
  std::string lower;
  for (const char c : requirement) lower.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  return lower.find("all items subject to the ear") != std::string::npos;
}

std::optional<ReviewPolicy> ReviewOf(LicensePolicy p) {
  switch (p) {
    case LicensePolicy::kPresumptionOfDenial:
    case LicensePolicy::kPolicyOfDenial:
    case LicensePolicy::kPresumptionOfDenialForGpus:
    case LicensePolicy::kPer744_23d:  // §744.23(d): presumption of denial (reference §5.1)
    case LicensePolicy::kPer744_21: return ReviewPolicy::kPresumptionOfDenial;
    case LicensePolicy::kNotStated:
    case LicensePolicy::kUnknown: break;
  }
  return std::nullopt;
}

void EntityList(const Entry& e, PartyRequirement& r) {
  r.effect = AllItems(e.license_requirement) ? ListingEffect::kLicenseAllItems : ListingEffect::kLicenseNamedItems;
  if (r.effect == ListingEffect::kLicenseNamedItems) r.conditions.push_back(PartyCondition::kReadRequirementText);
  r.review_policy = ReviewOf(e.license_policy);
  if (!r.review_policy) r.conditions.push_back(PartyCondition::kReviewPolicyUnknown);
}

}  // namespace

PartyRequirement RequirementOf(const Entry& e) {
  PartyRequirement r;
  r.list = e.list;
  r.license_policy = e.license_policy;
  r.citation = e.federal_register_notice;
  r.requirement_text = e.license_requirement;
  switch (e.list) {
    case SourceList::kDeniedPersons: r.effect = ListingEffect::kProhibited; break;
    case SourceList::kEntityList: EntityList(e, r); break;
    case SourceList::kMilitaryEndUser:
      r.effect = ListingEffect::kLicenseSupplement2Items;
      r.review_policy = ReviewPolicy::kPresumptionOfDenial;  // §744.21(e)
      r.license_exceptions_survive = true;
      r.surviving_exceptions = {"GOV"};  // §740.11(b)(2)(i)-(ii) only
      break;
    case SourceList::kUnverified:
      r.effect = ListingEffect::kNoExceptionsUvlStatement;
      r.conditions = {PartyCondition::kUvlStatementBeforeNlr, PartyCondition::kEeiFilingRequired};
      break;
    case SourceList::kSdn:
      r.effect = ListingEffect::kOfacBlocking;
      if (HasProgram744_8(e.programs)) r.conditions.push_back(PartyCondition::kEarLicense744_8);
      break;
    case SourceList::kOther: r.effect = ListingEffect::kNotEncoded; break;
  }
  if (!e.start_date) r.conditions.push_back(PartyCondition::kListingDateUnknown);
  return r;
}

std::string_view PartyConditionName(PartyCondition c) {
  switch (c) {
    case PartyCondition::kUvlStatementBeforeNlr: return "uvl_statement_before_nlr";
    case PartyCondition::kEeiFilingRequired: return "eei_filing_required";
    case PartyCondition::kListingDateUnknown: return "listing_date_unknown";
    case PartyCondition::kReviewPolicyUnknown: return "review_policy_unknown";
    case PartyCondition::kEarLicense744_8: return "ear_license_744_8";
    case PartyCondition::kReadRequirementText: return "read_requirement_text";
  }
  return "unknown";
}

}  // namespace chipgate::parties
