// The end user's owner in the audit (issue 12, the Affiliates rule): an optional
// `end_user_parent` column, screened as `check --end-user-parent` screens it, on each row's
// ship date. The rule's periods are lists/affiliates-rule.toml (parties-embargoes.md §4.5):
// in force 29 Sep to 9 Nov 2025, suspended 10 Nov 2025 to 9 Nov 2026, in force again from
// 10 Nov 2026 (UNCONFIRMED: no source says whether the suspension was extended, so the
// listing applies, failing closed as `check` does). Before 29 Sep 2025 it was not in force.
// The L4 to Germany needs no license on any of these dates, so every requirement below comes
// from the owner (Beijing Biren, Entity List since 17 Oct 2023, 88 FR 71992).
#include <fmt/format.h>
#include <gtest/gtest.h>

#include "support/audit_fixtures.hpp"

namespace chipgate {
namespace {

using testing::AuditTextScreened;

constexpr const char* kHeader = "shipment_id,ship_date,item,quantity,destination,end_user,end_user_hq,claimed,end_user_parent\n";
constexpr const char* kBiren = "Beijing Biren Technology Development Co. Ltd.";

bool Says(const testing::AuditedRowCopy& r, std::string_view text) { return r.AllReasons().find(text) != std::string::npos; }

std::string Row(const char* id, const char* date, const char* parent) {
  return fmt::format("{},{},nvidia-l4,1,DE,Example Rechenzentrum GmbH,DE,NLR,{}\n", id, date, parent);
}

TEST(AuditOwners, AListedOwnerCountsOnlyWhileTheAffiliatesRuleIsInForce) {
  const auto out = AuditTextScreened(std::string(kHeader) + Row("before", "2025-06-01", kBiren) + Row("in-force", "2025-10-15", kBiren) +
                                     Row("suspended", "2025-12-01", kBiren) + Row("unconfirmed", "2026-11-20", kBiren) +
                                     Row("no-owner", "2025-10-15", "") + Row("unlisted-owner", "2025-10-15", "Example Holding AG"));
  ASSERT_EQ(out.rows.size(), 6u);
  const auto& before = *out.Row("before");
  EXPECT_EQ(before.verdict, Verdict::kOk) << before.AllReasons();
  EXPECT_FALSE(Says(before, "Biren")) << before.AllReasons();

  const auto& in_force = *out.Row("in-force");
  EXPECT_EQ(in_force.verdict, Verdict::kViolation) << in_force.AllReasons();
  EXPECT_EQ(in_force.required, "license (presumption of denial)") << in_force.AllReasons();
  EXPECT_TRUE(Says(in_force, "(an owner of the end user)")) << in_force.AllReasons();
  EXPECT_TRUE(Says(in_force, "party.entity_list")) << in_force.AllReasons();

  // Suspended: a red flag to resolve, stated as a condition, not a license requirement.
  const auto& suspended = *out.Row("suspended");
  EXPECT_NE(suspended.verdict, Verdict::kViolation) << suspended.AllReasons();
  EXPECT_EQ(suspended.required, "none") << suspended.AllReasons();
  EXPECT_TRUE(Says(suspended, "red flag")) << suspended.AllReasons();

  const auto& unconfirmed = *out.Row("unconfirmed");
  EXPECT_EQ(unconfirmed.verdict, Verdict::kViolation) << unconfirmed.AllReasons();
  EXPECT_EQ(unconfirmed.required, "license (presumption of denial)") << unconfirmed.AllReasons();

  EXPECT_EQ(out.Row("no-owner")->verdict, Verdict::kOk) << out.Row("no-owner")->AllReasons();
  EXPECT_EQ(out.Row("unlisted-owner")->verdict, Verdict::kOk) << out.Row("unlisted-owner")->AllReasons();
}

// Same owner, same decision, different dates in any order: the explanation cache must keep the
// Affiliates rule's outcome of each date apart.
TEST(AuditOwners, TheExplanationCacheKeepsTheRulesPeriodsApart) {
  const auto out = AuditTextScreened(std::string(kHeader) + Row("a", "2025-12-01", kBiren) + Row("b", "2025-10-15", kBiren) +
                                     Row("c", "2025-12-02", kBiren) + Row("d", "2025-10-16", kBiren));
  ASSERT_EQ(out.rows.size(), 4u);
  EXPECT_NE(out.Row("a")->verdict, Verdict::kViolation);
  EXPECT_EQ(out.Row("b")->verdict, Verdict::kViolation);
  EXPECT_NE(out.Row("c")->verdict, Verdict::kViolation);
  EXPECT_EQ(out.Row("d")->verdict, Verdict::kViolation);
}

TEST(AuditOwners, TheColumnIsMappable) {
  AuditMapping mapping;
  mapping.headers[static_cast<std::size_t>(AuditColumn::kEndUserParent)] = "Ultimate Parent";
  const auto out = AuditTextScreened(std::string("shipment_id,ship_date,item,quantity,destination,end_user,end_user_hq,Ultimate Parent\n") +
                                         "S1,2025-10-15,nvidia-l4,1,DE,Example Rechenzentrum GmbH,DE," + kBiren + "\n",
                                     mapping);
  ASSERT_EQ(out.rows.size(), 1u);
  EXPECT_EQ(out.rows[0].verdict, Verdict::kViolation) << out.rows[0].AllReasons();
}

}  // namespace
}  // namespace chipgate
