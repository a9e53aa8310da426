// Verdicts (see verdict.hpp). The table, by claim:
//   nothing (NLR):  no license required → ok; required → violation; unknown → indeterminate
//   a license:      required → ok; not required → over-declared; unknown → indeterminate
//   exception X:    not required → over-declared; X applies → ok; required and X does not
//                   apply → violation; otherwise (X or the requirement undecided) → indeterminate
//   unrecognised:   required → violation (it authorizes nothing); not required → ok, with a
//                   warning in the sentence; unknown → indeterminate
//   and before all of them: a prohibited shipment (Outcome::kProhibited) → prohibited.
#include "audit/verdict.hpp"

#include <fmt/format.h>

#include "render/reason_text.hpp"

namespace chipgate::audit_detail {
namespace {

ClaimCheck NothingClaimed(Tri license) {
  switch (license) {
    case Tri::kFalse: return {Verdict::kOk, "no license was required and none was claimed"};
    case Tri::kTrue: return {Verdict::kViolation, "a license was required but none was claimed (NLR)"};
    case Tri::kUnknown: break;
  }
  return {Verdict::kIndeterminate, "whether a license was required cannot be decided, so shipping without one (NLR) cannot be checked"};
}

ClaimCheck LicenseClaimed(Tri license) {
  switch (license) {
    case Tri::kTrue: return {Verdict::kOk, "a license was required and a license was claimed"};
    case Tri::kFalse: return {Verdict::kOverDeclared, "a license was claimed but none was required"};
    case Tri::kUnknown: break;
  }
  return {Verdict::kIndeterminate, "whether a license was required cannot be decided, so the license claimed cannot be checked"};
}

ClaimCheck ExceptionClaimed(Tri license, Tri exception, const std::string& code) {
  if (license == Tri::kFalse) {
    return {Verdict::kOverDeclared, fmt::format("License Exception {} was claimed but no license was required", code)};
  }
  if (exception == Tri::kTrue) {
    return {Verdict::kOk, fmt::format("a license was required and License Exception {}, which was claimed, applies", code)};
  }
  if (license == Tri::kTrue && exception == Tri::kFalse) {
    return {Verdict::kViolation, fmt::format("a license was required and License Exception {}, which was claimed, does not apply", code)};
  }
  if (license == Tri::kTrue) {
    return {Verdict::kIndeterminate, fmt::format("a license was required; whether License Exception {}, which was claimed, applies cannot be decided", code)};
  }
  return {Verdict::kIndeterminate, fmt::format("whether a license was required cannot be decided, so License Exception {} cannot be checked", code)};
}

// Text that is neither NLR, an exception code nor a license number is never an authorization.
ClaimCheck UnrecognisedClaimed(Tri license) {
  switch (license) {
    case Tri::kTrue:
      return {Verdict::kViolation,
              "a license was required and the claim is not NLR, a License Exception code or a license number, so it authorizes nothing"};
    case Tri::kFalse:
      return {Verdict::kOk,
              "no license was required; warning: the claim is not NLR, a License Exception code or a license number (translate it in the mapping file's [claims])"};
    case Tri::kUnknown: break;
  }
  return {Verdict::kIndeterminate,
          "whether a license was required cannot be decided, and the claim is not NLR, a License Exception code or a license number"};
}

}  // namespace

ClaimCheck CompareClaim(Tri license, Tri exception, const Claim& claim) {
  switch (claim.kind) {
    case ClaimKind::kNoLicense: return NothingClaimed(license);
    case ClaimKind::kLicense: return LicenseClaimed(license);
    case ClaimKind::kException: return ExceptionClaimed(license, exception, claim.code);
    case ClaimKind::kUnrecognised: return UnrecognisedClaimed(license);
  }
  return NothingClaimed(license);
}

ClaimCheck CompareClaim(Outcome outcome, Tri license, Tri exception, const Claim& claim) {
  if (outcome != Outcome::kProhibited) return CompareClaim(license, exception, claim);
  // Whatever was claimed: a license or an exception cannot make a prohibited shipment lawful,
  // and "nothing claimed" is no better.
  return {Verdict::kProhibited, "the shipment was prohibited: no license or License Exception can authorize it, whatever was claimed"};
}

std::string RequiredText(Outcome outcome, Tri license, ReviewPolicy review, bool review_known, const std::vector<std::string>& exceptions) {
  if (outcome == Outcome::kProhibited) return "prohibited (no license can authorize it)";
  return RequiredText(license, review, review_known, exceptions);
}

std::string RequiredText(Tri license, ReviewPolicy review, bool review_known, const std::vector<std::string>& exceptions) {
  if (license == Tri::kFalse) return "none";
  if (license == Tri::kUnknown) return "undetermined";
  std::string out = "license";
  if (!review_known) {
    out += " (review policy undetermined)";
  } else if (review != ReviewPolicy::kNone) {
    out += fmt::format(" ({})", render::PolicyWords(review));
  }
  for (const auto& code : exceptions) out += " or exception " + code;
  return out;
}

}  // namespace chipgate::audit_detail
