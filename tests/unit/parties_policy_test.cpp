// The license-policy normaliser of reference §4.4 (every wording in the fixture, and unknown text
// staying unknown), what each list requires, and the Affiliates rule's dates read from
// lists/affiliates-rule.toml on both sides of each boundary.
#include <gtest/gtest.h>

#include "chipgate/parties.hpp"
#include "support/bundled.hpp"
#include "support/party_fixtures.hpp"

namespace chipgate {
namespace {

using parties::AffiliateOutcome;
using parties::LicensePolicy;
using parties::SourceList;

TEST(PartiesPolicy, NormalisesEveryFixtureWording) {
  const std::vector<std::pair<const char*, LicensePolicy>> cases = {
      {"Presumption of denial", LicensePolicy::kPresumptionOfDenial},
      {"Presumption for denial", LicensePolicy::kPresumptionOfDenial},
      {"Presumption of denial.", LicensePolicy::kPresumptionOfDenial},
      {"  presumption of  denial ", LicensePolicy::kPresumptionOfDenial},
      {"Policy of denial", LicensePolicy::kPolicyOfDenial},
      {"Policy of denial for all items subject to the EAR", LicensePolicy::kPolicyOfDenial},
      {"Case-by-case review for ECCNs 1A004.c, 1A004.d, 1A995, 1A999.a, 1D003, 2A983, 2D983, and 2E983, and "
       "presumption of denial for all other items subject to the EAR",
       LicensePolicy::kPresumptionOfDenialForGpus},
      {"See §§744.11 and 744.23(d) of the EAR", LicensePolicy::kPer744_23d},
      {"The license application procedure and license review policy for entities specified in supplement no. 2 "
       "to part 744 is specified in §744.21(d) and (e).",
       LicensePolicy::kPer744_21},
      {"Presumption of denial for all items to include items described in ECCN 3B001.a.4, .c, .d, f.1.b.2, .k to "
       ".p; 3B002.c, 3B993, or 3B994. Case-by-case for items designed for production of 200mm wafers destined to "
       "a 200mm wafer production facility.",
       LicensePolicy::kPresumptionOfDenial},
      {"", LicensePolicy::kNotStated},
      {"Presumption of denial except case-by-case for items not described in ECCN 3B001.a.4", LicensePolicy::kUnknown},
      {"Case-by-case", LicensePolicy::kUnknown},
      {"Approval", LicensePolicy::kUnknown},
  };
  for (const auto& [text, policy] : cases) EXPECT_EQ(parties::NormaliseLicensePolicy(text), policy) << text;
}

TEST(PartiesPolicy, EveryBundledEntityListPolicyIsRecognised) {
  for (const parties::Entry& e : testing::LoadBundledParties().list.entries) {
    if (e.list != SourceList::kEntityList) continue;
    EXPECT_NE(e.license_policy, LicensePolicy::kUnknown) << e.name << ": " << e.license_policy_text;
    const parties::PartyRequirement r = parties::RequirementOf(e);
    EXPECT_EQ(r.effect, parties::ListingEffect::kLicenseAllItems) << e.name;
    EXPECT_FALSE(r.license_exceptions_survive) << e.name;
    EXPECT_EQ(r.review_policy, ReviewPolicy::kPresumptionOfDenial) << e.name;
    EXPECT_EQ(r.citation, e.federal_register_notice);
  }
}

TEST(PartiesPolicy, UnknownPolicyTextIsACondition) {
  parties::Entry e;
  e.list = SourceList::kEntityList;
  e.name = "Example";
  e.license_requirement = "For all items subject to the EAR";
  e.license_policy_text = "Approval";
  e.license_policy = parties::NormaliseLicensePolicy(e.license_policy_text);
  e.start_date = Date::Parse("2024-01-01");
  const parties::PartyRequirement r = parties::RequirementOf(e);
  EXPECT_FALSE(r.review_policy);
  EXPECT_EQ(r.conditions, std::vector<parties::PartyCondition>{parties::PartyCondition::kReviewPolicyUnknown});
  e.license_requirement = "For items subject to the EAR described in ECCN 3B001";
  EXPECT_EQ(parties::RequirementOf(e).effect, parties::ListingEffect::kLicenseNamedItems);
  e.list = SourceList::kOther;
  EXPECT_EQ(parties::RequirementOf(e).effect, parties::ListingEffect::kNotEncoded);
}

struct AffiliateFixture {
  SourceSet sources;
  parties::AffiliatesRule rule;
};

const AffiliateFixture& Affiliates() {
  static const std::unique_ptr<AffiliateFixture> kRule = [] {
    auto f = std::make_unique<AffiliateFixture>();
    Result<parties::AffiliatesRule> r = parties::LoadAffiliatesRule(testing::SourcePath("lists/affiliates-rule.toml"), f->sources);
    EXPECT_TRUE(r.ok()) << RenderText(r.diagnostics, f->sources);
    if (r.ok()) f->rule = *r.value;
    return f;
  }();
  return *kRule;
}

parties::Entry Owner(SourceList list) {
  parties::Entry e;
  e.list = list;
  e.name = "Owner";
  return e;
}

AffiliateOutcome On(const char* date, SourceList list = SourceList::kEntityList, std::optional<int> percent = 60) {
  return parties::AffiliateEffectOf(Affiliates().rule, Owner(list), *Date::Parse(date), percent).outcome;
}

TEST(PartiesAffiliates, DatesAndSuspensionComeFromTheDataFile) {
  EXPECT_EQ(On("2025-09-28"), AffiliateOutcome::kNotInForce);
  EXPECT_EQ(On("2025-09-29"), AffiliateOutcome::kApplies);
  EXPECT_EQ(On("2025-11-09"), AffiliateOutcome::kApplies);
  EXPECT_EQ(On("2025-11-10"), AffiliateOutcome::kRedFlag);
  EXPECT_EQ(On("2026-11-09"), AffiliateOutcome::kRedFlag);
  EXPECT_EQ(On("2026-11-10"), AffiliateOutcome::kApplies);
}

TEST(PartiesAffiliates, ReimpositionIsMarkedUnconfirmed) {
  const auto later = parties::AffiliateEffectOf(Affiliates().rule, Owner(SourceList::kEntityList), *Date::Parse("2026-11-30"), 51);
  EXPECT_FALSE(later.confirmed);
  EXPECT_NE(later.reason.find("UNCONFIRMED"), std::string::npos);
  const auto first = parties::AffiliateEffectOf(Affiliates().rule, Owner(SourceList::kEntityList), *Date::Parse("2025-10-01"), 51);
  EXPECT_TRUE(first.confirmed);
}

TEST(PartiesAffiliates, ExtendsToEntityListAndMeuOnly) {
  EXPECT_EQ(On("2025-10-01", SourceList::kMilitaryEndUser), AffiliateOutcome::kApplies);
  EXPECT_EQ(On("2025-10-01", SourceList::kUnverified), AffiliateOutcome::kNotInForce);
  EXPECT_EQ(On("2025-10-01", SourceList::kDeniedPersons), AffiliateOutcome::kNotInForce);
}

TEST(PartiesAffiliates, OwnershipShareAtAndUnderTheThreshold) {
  EXPECT_EQ(On("2025-10-01", SourceList::kEntityList, 50), AffiliateOutcome::kApplies);
  EXPECT_EQ(On("2025-10-01", SourceList::kEntityList, 49), AffiliateOutcome::kBelowThreshold);
  EXPECT_EQ(On("2025-10-01", SourceList::kEntityList, std::nullopt), AffiliateOutcome::kRedFlag);
}

}  // namespace
}  // namespace chipgate
