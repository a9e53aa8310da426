// AnswerClaim (see claim_answer.hpp): the audit's pieces, in the audit's order. ParseClaim
// reads the claim (text that is not NLR, an exception code or a license number authorizes
// nothing), CompareClaim judges it against the decision, and a license number goes through the
// register's CheckCoverage and ApplyLicenseFinding as a row's would. Only quantity differs:
// `check` sees one shipment and no history, so it can say a shipment is larger than the
// license, never that earlier shipments used the license up.
#include "audit/claim_answer.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "audit/license_check.hpp"
#include "audit/verdict.hpp"

namespace chipgate {
namespace {

Tri ExceptionAvailable(const Decision& d, const Claim& claim) {
  if (claim.kind != ClaimKind::kException) return Tri::kFalse;
  const auto it = std::find_if(d.exceptions.begin(), d.exceptions.end(), [&](const ExceptionOutcome& e) { return e.code == claim.code; });
  return it == d.exceptions.end() ? Tri::kFalse : it->available;
}

LicenseAnswer Answer(licenses::Finding finding) {
  return {std::string(licenses::FindingName(finding)), finding == licenses::Finding::kCovered, audit_detail::FindingSentence(finding), {}};
}

// Quantity alone: the shipment against what the license authorises, with no earlier uses.
std::optional<LicenseAnswer> QuantityExceeded(const licenses::License& license, std::optional<std::int64_t> quantity) {
  if (!quantity || !license.quantity || Rational(*quantity) <= *license.quantity) return std::nullopt;
  return LicenseAnswer{"quantity-exceeded", false,
                       fmt::format("the quantity shipped ({}) exceeds the {} units the license claimed authorises", *quantity, license.quantity->ToString()),
                       license.source};
}

LicenseAnswer CheckLicense(const Catalog& catalog, const Decision& d, const ClaimQuestion& q, const licenses::Register& register_,
                           std::vector<std::string>& notes) {
  const auto index = register_.Find(ParseClaim(q.claimed).license_number);
  if (!index) return Answer(licenses::Finding::kUnknownNumber);
  const licenses::License& license = register_.licenses()[*index];
  const auto item = catalog.IndexOf(d.item);
  const licenses::Shipment shipment{static_cast<std::uint32_t>(item.value_or(0)), d.classifications, d.destination, q.end_user, d.date};
  const licenses::Finding finding = item ? licenses::CheckCoverage(license, shipment) : licenses::Finding::kItemNotCovered;
  LicenseAnswer out = Answer(finding);
  out.license_source = license.source;
  if (finding == licenses::Finding::kEndUserDifferent && q.end_user.empty()) {
    notes.push_back("no end user given (--end-user): the license's end user cannot be matched, so it is not covered");
  }
  if (out.covered) {
    // The audit's sentence promises quantity left after depletion, which one shipment cannot tell.
    out.sentence = "the license claimed is in the register and covers this date, item, destination and end user";
    if (license.quantity) {
      notes.push_back(q.quantity ? "quantity checked against this shipment alone: check has no depletion history (earlier shipments under the license are not counted; `chipgate audit --licenses` depletes)"
                                 : "quantity not checked: give --quantity (the license authorises a limited quantity)");
    }
    if (auto exceeded = QuantityExceeded(license, q.quantity)) return std::move(*exceeded);
  }
  return out;
}

}  // namespace

std::string_view ClaimKindKey(ClaimKind kind) {
  switch (kind) {
    case ClaimKind::kNoLicense: return "nlr";
    case ClaimKind::kLicense: return "license";
    case ClaimKind::kException: return "exception";
    case ClaimKind::kUnrecognised: return "unrecognised";
  }
  return "unrecognised";
}

ClaimAnswer AnswerClaim(const Catalog& catalog, const Decision& decision, const ClaimQuestion& question,
                        const licenses::Register* register_) {
  ClaimAnswer out;
  out.claimed = question.claimed;
  out.claim = ParseClaim(question.claimed);
  audit_detail::ClaimCheck check =
      audit_detail::CompareClaim(decision.outcome, decision.license_required, ExceptionAvailable(decision, out.claim), out.claim);
  out.verdict = check.verdict;
  out.reasons.push_back(std::move(check.sentence));
  if (out.claim.kind != ClaimKind::kLicense || out.verdict == Verdict::kProhibited) return out;
  if (register_ == nullptr) {
    out.notes.push_back("license number not verified: no license register given (--licenses PATH)");
    return out;
  }
  out.license = CheckLicense(catalog, decision, question, *register_, out.notes);
  audit_detail::ApplyLicenseFinding(out.license->covered, out.license->sentence, out.verdict, out.reasons);
  return out;
}

}  // namespace chipgate
