// The license-policy normaliser of the reference's §4.4, and the names of the policy and effect
// enums. The CSL writes policies as free text with variants ("Presumption for denial", a
// trailing period); only the forms we have read are recognised, and anything else is kUnknown
// so that a new wording is read by a person instead of being taken as "no restriction".
#include <string>

#include "chipgate/parties.hpp"

namespace chipgate::parties {
namespace {

std::string Folded(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (space) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
      continue;
    }
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == '.')) out.pop_back();
  return out;
}

bool StartsWith(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }
bool Contains(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

}  // namespace

LicensePolicy NormaliseLicensePolicy(std::string_view text) {
  const std::string t = Folded(text);
  if (t.empty()) return LicensePolicy::kNotStated;
  if (t == "presumption of denial" || t == "presumption for denial") return LicensePolicy::kPresumptionOfDenial;
  // SMIC: denial "for all items to include" named SME items; the 200mm carve-out is not a GPU.
  if (StartsWith(t, "presumption of denial for all items")) return LicensePolicy::kPresumptionOfDenial;
  if (StartsWith(t, "policy of denial")) return LicensePolicy::kPolicyOfDenial;
  if (StartsWith(t, "case-by-case") && Contains(t, "presumption of denial for all other items")) {
    return LicensePolicy::kPresumptionOfDenialForGpus;
  }
  if (StartsWith(t, "see") && Contains(t, "744.23(d)")) return LicensePolicy::kPer744_23d;
  if (Contains(t, "744.21(d) and (e)")) return LicensePolicy::kPer744_21;
  return LicensePolicy::kUnknown;
}

std::string_view LicensePolicyName(LicensePolicy policy) {
  switch (policy) {
    case LicensePolicy::kNotStated: return "not_stated";
    case LicensePolicy::kPresumptionOfDenial: return "presumption_of_denial";
    case LicensePolicy::kPolicyOfDenial: return "policy_of_denial";
    case LicensePolicy::kPresumptionOfDenialForGpus: return "presumption_of_denial_for_gpus";
    case LicensePolicy::kPer744_23d: return "per_744_23d";
    case LicensePolicy::kPer744_21: return "per_744_21";
    case LicensePolicy::kUnknown: return "unknown";
  }
  return "unknown";
}

std::string_view ListingEffectName(ListingEffect effect) {
  switch (effect) {
    case ListingEffect::kProhibited: return "prohibited";
    case ListingEffect::kLicenseAllItems: return "license_all_items";
    case ListingEffect::kLicenseNamedItems: return "license_named_items";
    case ListingEffect::kLicenseSupplement2Items: return "license_supplement_2_items";
    case ListingEffect::kNoExceptionsUvlStatement: return "no_exceptions_uvl_statement";
    case ListingEffect::kOfacBlocking: return "ofac_blocking";
    case ListingEffect::kNotEncoded: return "not_encoded";
  }
  return "not_encoded";
}

}  // namespace chipgate::parties
