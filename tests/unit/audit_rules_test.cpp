// Audit verdicts under the bundled rules, against the published facts
// (shared/reference/regulations.md): the rules in force on each ship date decide, so the same
// item and destination are judged differently before and after 17 Nov 2023; claims of a
// license, of NLR and of exceptions are compared with what was required; unknown end-user
// headquarters are never assumed.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include "support/audit_fixtures.hpp"

namespace chipgate {
namespace {

using testing::AuditText;

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

testing::AuditOutcome Audit(const std::string& rows) {
  return AuditText("shipment_id,ship_date,item,quantity,destination,end_user,end_user_hq,claimed\n" + rows);
}

TEST(AuditRules, TheSameShipmentIsJudgedByTheRulesOfItsShipDate) {
  // A800: NVLink cut to 400 GB/s to stay under the 2022 rule; caught by the 2023 rule (G2), and
  // from 23 Oct 2023 already by BIS's notice to NVIDIA (8-K of 24 Oct 2023).
  const auto out = Audit(
      "before,2023-10-20,nvidia-a800-sxm4-80gb,8,CN,Example Co,CN,NLR\n"
      "letter,2023-11-16,nvidia-a800-sxm4-80gb,8,CN,Example Co,CN,NLR\n"
      "after,2023-11-17,nvidia-a800-sxm4-80gb,8,CN,Example Co,CN,NLR\n"
      "rtx-before,2023-11-16,nvidia-rtx-4090,8,CN,Example Co,CN,NLR\n"
      "rtx-after,2023-11-17,nvidia-rtx-4090,8,CN,Example Co,CN,NLR\n");
  EXPECT_EQ(out.Row("before")->verdict, Verdict::kOk) << out.Row("before")->AllReasons();
  EXPECT_EQ(out.Row("before")->required, "none");
  EXPECT_EQ(out.Row("letter")->verdict, Verdict::kViolation);
  EXPECT_TRUE(Has(out.Row("letter")->AllReasons(), "requirement ear.letter.nvidia.2023-10-23"));
  EXPECT_FALSE(Has(out.Row("letter")->AllReasons(), "ear.742.6.a.6.2023"));
  EXPECT_EQ(out.Row("after")->verdict, Verdict::kViolation) << out.Row("after")->AllReasons();
  EXPECT_EQ(out.Row("after")->required, "license (presumption of denial)");
  EXPECT_TRUE(Has(out.Row("after")->AllReasons(), "classification ear.3a090.a.1")) << out.Row("after")->AllReasons();
  EXPECT_TRUE(Has(out.Row("after")->AllReasons(), "requirement ear.742.6.a.6.2023"));
  const auto& cites = out.Row("after")->citations;
  EXPECT_NE(std::find(cites.begin(), cites.end(), "88 FR 73458 (25 Oct 2023), Supp. No. 1 to Part 774, ECCN 3A090.a.1"), cites.end());
  // RTX 4090 (G12): no chip-to-chip link, so not 3A090 in 2022; 3A090.a.1 from 17 Nov 2023.
  EXPECT_EQ(out.Row("rtx-before")->verdict, Verdict::kOk);
  EXPECT_EQ(out.Row("rtx-after")->verdict, Verdict::kViolation);
  EXPECT_EQ(out.Row("rtx-after")->required, "license (presumption of denial) or exception NAC");
}

// The audit remembers the fast path's answer per question (epoch, item, destination and the two
// headquarters): rows that differ only in the end user's headquarters, or that ask again later
// in the same period of the rules, each get their own question's answer, in any order.
TEST(AuditRules, ARememberedAnswerIsGivenOnlyToTheSameQuestion) {
  const auto out = Audit(
      "cn-1,2024-06-01,nvidia-a100-sxm4-80gb,8,MY,Example Sdn Bhd,CN,NLR\n"
      "my-1,2024-06-01,nvidia-a100-sxm4-80gb,8,MY,Example Sdn Bhd,MY,NLR\n"
      "blank,2024-06-02,nvidia-a100-sxm4-80gb,8,MY,Example Sdn Bhd,,NLR\n"
      "cn-2,2024-07-01,nvidia-a100-sxm4-80gb,8,MY,Example Sdn Bhd,CN,NLR\n"
      "my-2,2024-07-01,nvidia-a100-sxm4-80gb,8,MY,Example Sdn Bhd,MY,NLR\n"
      "sg,2024-07-01,nvidia-a100-sxm4-80gb,8,SG,Example Pte Ltd,SG,NLR\n"
      "cn-2022,2022-12-01,nvidia-a100-sxm4-80gb,8,MY,Example Sdn Bhd,CN,NLR\n");
  for (const char* id : {"cn-1", "cn-2"}) {
    EXPECT_EQ(out.Row(id)->verdict, Verdict::kViolation) << id << ": " << out.Row(id)->AllReasons();
  }
  for (const char* id : {"my-1", "my-2", "sg"}) {
    EXPECT_EQ(out.Row(id)->verdict, Verdict::kOk) << id << ": " << out.Row(id)->AllReasons();
    EXPECT_EQ(out.Row(id)->required, "none") << id;
  }
  EXPECT_EQ(out.Row("blank")->verdict, Verdict::kIndeterminate) << out.Row("blank")->AllReasons();
  // Before 17 Nov 2023 a China-headquartered buyer outside China needed no license for it.
  EXPECT_EQ(out.Row("cn-2022")->verdict, Verdict::kOk) << out.Row("cn-2022")->AllReasons();
}

// Issue 13: an H100 to a China-headquartered buyer in China on 2025-03-01 needed a license, and
// none of these claims is one; each used to be read as a license number and pass as ok.
TEST(AuditRules, AClaimThatIsNoAuthorizationIsAViolationWhereALicenseWasRequired) {
  const char* claims[] = {"EAR99", "TBD", "pending", "?", "0", "3A090.a", "NO LICENSE REQUIRED"};
  std::string rows;
  for (const char* claim : claims) rows += fmt::format("\"{0}\",2025-03-01,nvidia-h100-sxm5-80gb,8,CN,Example Co,CN,\"{0}\"\n", claim);
  rows += "de,2025-03-01,nvidia-l4,8,DE,Example GmbH,DE,EAR99\n";
  const auto out = Audit(rows);
  for (const char* claim : claims) {
    ASSERT_NE(out.Row(claim), nullptr) << claim;
    EXPECT_EQ(out.Row(claim)->verdict, Verdict::kViolation) << claim << ": " << out.Row(claim)->AllReasons();
    EXPECT_TRUE(Has(out.Row(claim)->reasons.front(), "so it authorizes nothing")) << out.Row(claim)->reasons.front();
  }
  // Where nothing was required the word is only a warning.
  EXPECT_EQ(out.Row("de")->verdict, Verdict::kOk);
  EXPECT_TRUE(Has(out.Row("de")->reasons.front(), "warning")) << out.Row("de")->reasons.front();
}

TEST(AuditRules, AMappingTranslatesTheCompanysClaimWords) {
  AuditMapping mapping;
  mapping.claims = {{"EAR99", "NLR"}, {"No Lic", "NLR"}, {"Lic. Exc. NAC", "NAC"}};
  const auto out = AuditText("shipment_id,ship_date,item,quantity,destination,end_user,end_user_hq,claimed\n"
                             "ear99-de,2025-03-01,nvidia-l4,8,DE,Example GmbH,DE,ear99\n"
                             "ear99-cn,2025-03-01,nvidia-h100-sxm5-80gb,8,CN,Example Co,CN,EAR99\n"
                             "nolic,2025-03-01,nvidia-l4,8,DE,Example GmbH,DE, No Lic \n"
                             "nac,2024-05-01,nvidia-rtx-4090,8,CN,Example Co,CN,Lic. Exc. NAC\n",
                             mapping);
  EXPECT_EQ(out.Row("ear99-de")->verdict, Verdict::kOk);
  EXPECT_FALSE(Has(out.Row("ear99-de")->reasons.front(), "warning"));
  EXPECT_EQ(out.Row("ear99-cn")->verdict, Verdict::kViolation);
  EXPECT_TRUE(Has(out.Row("ear99-cn")->reasons.front(), "none was claimed (NLR)"));
  EXPECT_EQ(out.Row("nolic")->verdict, Verdict::kOk);
  EXPECT_EQ(out.Row("nac")->verdict, Verdict::kOk) << out.Row("nac")->AllReasons();
}

TEST(AuditRules, ClaimsAreComparedWithWhatWasRequired) {
  const auto out = Audit(
      "lic-needed,2024-05-01,nvidia-h100-sxm5-80gb,8,CN,Example Co,CN,D1234567\n"
      "lic-not-needed,2024-05-01,nvidia-h100-sxm5-80gb,8,DE,Example GmbH,DE,D1234567\n"
      "nlr-needed,2024-05-01,nvidia-h100-sxm5-80gb,8,CN,Example Co,CN,\n"
      "nac-ok,2024-05-01,nvidia-rtx-4090,8,CN,Example Co,CN,NAC\n"
      "aca-wrong,2024-05-01,nvidia-rtx-4090,8,CN,Example Co,CN,ACA\n"
      "aca-ok,2024-05-01,nvidia-rtx-4090,8,VN,Example JSC,VN,ACA\n"
      "nac-dc,2024-05-01,nvidia-h100-sxm5-80gb,8,CN,Example Co,CN,NAC\n"
      "nac-not-needed,2024-05-01,nvidia-rtx-4090,8,DE,Example GmbH,DE,NAC\n"
      "sta,2024-05-01,nvidia-h100-sxm5-80gb,8,SA,Example Co,SA,STA\n"
      "aca-too-early,2024-01-10,nvidia-rtx-4090,8,VN,Example JSC,VN,ACA\n");
  const std::pair<const char*, Verdict> expected[] = {
      {"lic-needed", Verdict::kOk},         {"lic-not-needed", Verdict::kOverDeclared}, {"nlr-needed", Verdict::kViolation},
      {"nac-ok", Verdict::kOk},             {"aca-wrong", Verdict::kViolation},         {"aca-ok", Verdict::kOk},
      {"nac-dc", Verdict::kViolation},      {"nac-not-needed", Verdict::kOverDeclared}, {"sta", Verdict::kViolation},
      {"aca-too-early", Verdict::kViolation}};
  for (const auto& [id, verdict] : expected) {
    const auto* row = out.Row(id);
    ASSERT_NE(row, nullptr) << id;
    EXPECT_EQ(row->verdict, verdict) << id << "\n" << row->AllReasons();
  }
  EXPECT_TRUE(Has(out.Row("aca-wrong")->AllReasons(), "License Exception ACA, which was claimed, does not apply"));
  EXPECT_TRUE(Has(out.Row("nac-ok")->AllReasons(), "notify BIS through SNAP-R")) << out.Row("nac-ok")->AllReasons();
  EXPECT_TRUE(Has(out.Row("sta")->AllReasons(), "STA is not one the encoded rules provide"));
  EXPECT_TRUE(Has(out.Row("aca-too-early")->AllReasons(), "ACA is not in force on this date")) << out.Row("aca-too-early")->AllReasons();
}

TEST(AuditRules, AnUnknownHeadquartersIsNeverAssumed) {
  const auto out = Audit(
      "my-unknown,2024-05-01,nvidia-h100-sxm5-80gb,8,MY,Example Sdn Bhd,,NLR\n"
      "my-cn-hq,2024-05-01,nvidia-h100-sxm5-80gb,8,MY,Example Sdn Bhd,CN,NLR\n"
      "my-local,2024-05-01,nvidia-h100-sxm5-80gb,8,MY,Example Sdn Bhd,MY,NLR\n"
      "my-unknown-lic,2024-05-01,nvidia-h100-sxm5-80gb,8,MY,Example Sdn Bhd,,D1234567\n"
      "cn-unknown,2024-05-01,nvidia-h100-sxm5-80gb,8,CN,Example Co,,D1234567\n"
      "nac-unknown,2024-05-01,nvidia-rtx-4090,8,MY,Example Sdn Bhd,,NAC\n");
  EXPECT_EQ(out.Row("my-unknown")->verdict, Verdict::kIndeterminate);
  EXPECT_EQ(out.Row("my-unknown")->missing, "end_user_hq");
  EXPECT_EQ(out.Row("my-unknown")->required, "undetermined");
  EXPECT_TRUE(Has(out.Row("my-unknown")->AllReasons(), "missing: end_user_hq"));
  EXPECT_EQ(out.Row("my-cn-hq")->verdict, Verdict::kViolation);  // wherever located (744.23(a)(3))
  EXPECT_EQ(out.Row("my-cn-hq")->required, "license (case-by-case review)");
  EXPECT_EQ(out.Row("my-local")->verdict, Verdict::kOk);
  EXPECT_EQ(out.Row("my-unknown-lic")->verdict, Verdict::kIndeterminate);
  // To China the license is required whoever the end user is; the license claimed settles it.
  EXPECT_EQ(out.Row("cn-unknown")->verdict, Verdict::kOk) << out.Row("cn-unknown")->AllReasons();
  EXPECT_EQ(out.Row("nac-unknown")->verdict, Verdict::kIndeterminate);
}

TEST(AuditRules, HongKongIsReadAsChinaAndTheReviewBandOf2026IsCited) {
  const auto out = Audit(
      "hk,2024-05-01,nvidia-h100-sxm5-80gb,8,HK,Example Ltd,HK,NLR\n"
      "h200,2026-02-01,nvidia-h200-sxm-141gb,8,CN,Example Co,CN,D7654321\n");
  EXPECT_EQ(out.Row("hk")->verdict, Verdict::kViolation);
  EXPECT_TRUE(Has(out.Row("hk")->AllReasons(), "destination HK is read as CN: Hong Kong is treated as China"));
  EXPECT_EQ(out.Row("h200")->verdict, Verdict::kOk);
  EXPECT_EQ(out.Row("h200")->required, "license (case-by-case review)");
  EXPECT_TRUE(Has(out.Row("h200")->AllReasons(), "review ear.742.6.b.10.2026: case-by-case review, set by")) << out.Row("h200")->AllReasons();
  const auto& cites = out.Row("h200")->citations;
  EXPECT_TRUE(std::any_of(cites.begin(), cites.end(), [](const std::string& c) { return Has(c, "91 FR 1684"); }));
}

TEST(AuditRules, RowsWithTheSameDecisionShareOneExplanation) {
  std::string rows;
  for (int i = 0; i < 50; ++i) rows += "S" + std::to_string(i) + ",2024-05-0" + std::to_string(1 + i % 9) + ",nvidia-h100-sxm5-80gb,8,CN,A,CN,\n";
  const auto out = Audit(rows);
  ASSERT_EQ(out.rows.size(), 50U);
  for (const auto& r : out.rows) {
    EXPECT_EQ(r.verdict, Verdict::kViolation);
    EXPECT_EQ(r.reasons, out.rows[0].reasons);
    EXPECT_EQ(r.citations, out.rows[0].citations);
  }
}

}  // namespace
}  // namespace chipgate
