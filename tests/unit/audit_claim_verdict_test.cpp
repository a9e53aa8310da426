// The claim parser and the verdict table: every claim kind against every three-valued answer,
// so no combination can drift into "ok" by accident. Unknown is never ok.
#include <gtest/gtest.h>

#include "audit/verdict.hpp"
#include "audit/claim.hpp"
#include "audit/row_verdict.hpp"

namespace chipgate {
namespace {

using audit_detail::CompareClaim;
using audit_detail::RequiredText;

TEST(AuditClaim, SpellingsOfNothingAreNoLicense) {
  for (const char* text : {"", "  ", "NLR", "nlr", " NLR ", "none", "N/A", "n/a", "NA", "-"}) {
    EXPECT_EQ(ParseClaim(text).kind, ClaimKind::kNoLicense) << "`" << text << "`";
  }
}

TEST(AuditClaim, EveryPart740ExceptionCodeIsAnExceptionNotALicense) {
  for (const char* text : {"NAC", "aca", " HBM ", "STA", "LVS", "GBS", "TSR", "ENC", "AIA", "LPP", "ACM"}) {
    const Claim c = ParseClaim(text);
    EXPECT_EQ(c.kind, ClaimKind::kException) << text;
  }
  EXPECT_EQ(ParseClaim(" aca ").code, "ACA");
}

TEST(AuditClaim, ALicenseNumberMustLookLikeOne) {
  for (const char* text : {"D1234567", "d123456", " D123456 ", "G-2024-00017", "GB/SIEL/2024/00123"}) {
    EXPECT_EQ(ParseClaim(text).kind, ClaimKind::kLicense) << text;
  }
  EXPECT_EQ(ParseClaim(" d1234567 ").license_number, "D1234567");
  EXPECT_TRUE(LooksLikeLicenseNumber("A12345"));       // 6 characters, 5 digits: the shortest
  EXPECT_FALSE(LooksLikeLicenseNumber("A1234"));       // too short
  EXPECT_FALSE(LooksLikeLicenseNumber("AB1234C"));     // 4 digits
  EXPECT_FALSE(LooksLikeLicenseNumber("1D234567"));    // a digit first
  EXPECT_FALSE(LooksLikeLicenseNumber("D1234567890123456789012345"));  // over 24
}

// Issue 13: each of these counted as a license, so an H100 to China passed as ok.
TEST(AuditClaim, TextThatIsNoAuthorizationIsUnrecognised) {
  for (const char* text : {"EAR99", "TBD", "pending", "?", "0", "3A090.a", "NO LICENSE REQUIRED", "license 42", "NACX", "D 1234567"}) {
    EXPECT_EQ(ParseClaim(text).kind, ClaimKind::kUnrecognised) << text;
  }
}

struct Row {
  Tri license;
  Tri exception;
  const char* claimed;
  Verdict verdict;
};

TEST(AuditVerdict, TheWholeTable) {
  const Row table[] = {
      {Tri::kFalse, Tri::kFalse, "NLR", Verdict::kOk},
      {Tri::kTrue, Tri::kFalse, "NLR", Verdict::kViolation},
      {Tri::kUnknown, Tri::kFalse, "NLR", Verdict::kIndeterminate},
      {Tri::kTrue, Tri::kTrue, "", Verdict::kViolation},  // an exception was available but not claimed
      {Tri::kTrue, Tri::kFalse, "D1234567", Verdict::kOk},
      {Tri::kFalse, Tri::kFalse, "D1234567", Verdict::kOverDeclared},
      {Tri::kUnknown, Tri::kFalse, "D1234567", Verdict::kIndeterminate},
      {Tri::kTrue, Tri::kTrue, "NAC", Verdict::kOk},
      {Tri::kTrue, Tri::kFalse, "NAC", Verdict::kViolation},
      {Tri::kTrue, Tri::kUnknown, "NAC", Verdict::kIndeterminate},
      {Tri::kFalse, Tri::kFalse, "NAC", Verdict::kOverDeclared},
      {Tri::kUnknown, Tri::kUnknown, "NAC", Verdict::kIndeterminate},
      {Tri::kUnknown, Tri::kFalse, "ACA", Verdict::kIndeterminate},
      {Tri::kTrue, Tri::kFalse, "STA", Verdict::kViolation},
      {Tri::kTrue, Tri::kFalse, "EAR99", Verdict::kViolation},
      {Tri::kFalse, Tri::kFalse, "EAR99", Verdict::kOk},  // with a warning in the sentence
      {Tri::kUnknown, Tri::kFalse, "TBD", Verdict::kIndeterminate},
  };
  for (const Row& r : table) {
    const auto check = CompareClaim(r.license, r.exception, ParseClaim(r.claimed));
    EXPECT_EQ(check.verdict, r.verdict) << "license " << TriName(r.license) << ", exception " << TriName(r.exception) << ", claimed `"
                                        << r.claimed << "`: " << check.sentence;
    EXPECT_FALSE(check.sentence.empty());
  }
}

TEST(AuditVerdict, AnUnrecognisedClaimWarnsWhereNoLicenseWasRequired) {
  const auto check = CompareClaim(Tri::kFalse, Tri::kFalse, ParseClaim("TBD"));
  EXPECT_NE(check.sentence.find("warning: the claim is not NLR"), std::string::npos) << check.sentence;
}

TEST(AuditVerdict, RequiredSaysLicenseReviewAndExceptions) {
  EXPECT_EQ(RequiredText(Tri::kFalse, ReviewPolicy::kNone, true, {}), "none");
  EXPECT_EQ(RequiredText(Tri::kUnknown, ReviewPolicy::kNone, false, {}), "undetermined");
  EXPECT_EQ(RequiredText(Tri::kTrue, ReviewPolicy::kPresumptionOfDenial, true, {}), "license (presumption of denial)");
  EXPECT_EQ(RequiredText(Tri::kTrue, ReviewPolicy::kPresumptionOfApproval, true, {"ACA"}), "license (presumption of approval) or exception ACA");
  EXPECT_EQ(RequiredText(Tri::kTrue, ReviewPolicy::kCaseByCase, false, {}), "license (review policy undetermined)");
  EXPECT_EQ(RequiredText(Tri::kTrue, ReviewPolicy::kNone, true, {}), "license");
}

}  // namespace
}  // namespace chipgate
