// The claim parser and the verdict table: every claim kind against every three-valued answer,
// so no combination can drift into "ok" by accident. Unknown is never ok.
#include <gtest/gtest.h>

#include "audit/verdict.hpp"
#include "audit/audit.hpp"

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

TEST(AuditClaim, AnythingElseIsALicenseNumber) {
  for (const char* text : {"D1234567", "D123456", "license 42", "NACX", "G-2024-001"}) {
    EXPECT_EQ(ParseClaim(text).kind, ClaimKind::kLicense) << text;
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
  };
  for (const Row& r : table) {
    const auto check = CompareClaim(r.license, r.exception, ParseClaim(r.claimed));
    EXPECT_EQ(check.verdict, r.verdict) << "license " << TriName(r.license) << ", exception " << TriName(r.exception) << ", claimed `"
                                        << r.claimed << "`: " << check.sentence;
    EXPECT_FALSE(check.sentence.empty());
  }
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
