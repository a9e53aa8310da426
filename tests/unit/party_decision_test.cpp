// Restricted-party screening inside a decision, against the bundled sample list built from the
// reference fixture (parties-embargoes.md §4): the decision order of §1 (a Denied Persons match
// is PROHIBITED whatever the item; an Entity List match requires a license, presumption of
// denial, no exceptions; an Unverified List match makes NLR conditional on a UVL statement),
// each entry applied from its own Federal Register date, and the Affiliates rule's dates (§4.5).
#include <gtest/gtest.h>

#include <algorithm>

#include "chipgate/chipgate.hpp"
#include "support/bundled.hpp"

namespace chipgate {
namespace {

const Engine& Bundled() { return testing::BundledEngine(); }

Question Ask(std::string item, std::string to, std::string date, std::string end_user) {
  Question q;
  q.item = std::move(item);
  q.destination = to;
  q.end_user_hq = std::move(to);
  q.date = std::move(date);
  q.end_user = std::move(end_user);
  q.end_use = {"none"};
  return q;
}

Decision DecideOrFail(const Question& q) {
  auto d = Bundled().Decide(q);
  if (!d.ok()) {
    ADD_FAILURE() << RenderText(d.diagnostics);
    return {};
  }
  return *d.value;
}

bool HasMatch(const Decision& d, std::string_view list) {
  return std::any_of(d.party_hits.begin(), d.party_hits.end(), [&](const PartyHit& h) { return h.match && h.list == list; });
}

bool HasCondition(const Decision& d, ConditionKind k) {
  return std::any_of(d.conditions.begin(), d.conditions.end(), [&](const Condition& c) { return c.kind == k; });
}

// The H20 needed no license to China on 2025-03-01 (below 3A090), so every license below comes
// from the party.
TEST(PartyDecision, ControlUnlistedBuyerNeedsNoLicense) {
  const Decision d = DecideOrFail(Ask("nvidia-h20", "CN", "2025-03-01", "Hangzhou Example Cloud Co., Ltd."));
  EXPECT_EQ(d.outcome, Outcome::kNoLicenseRequired);
  EXPECT_TRUE(d.parties_screened);
  EXPECT_FALSE(HasCondition(d, ConditionKind::kPartiesNotScreened));
}

TEST(PartyDecision, WithoutANamedPartyTheAnswerSaysSo) {
  Question q = Ask("nvidia-h20", "CN", "2025-03-01", "");
  const Decision d = DecideOrFail(q);
  EXPECT_FALSE(d.parties_screened);
  EXPECT_TRUE(HasCondition(d, ConditionKind::kPartiesNotScreened));
}

TEST(PartyDecision, EntityListBirenRequiresALicenseWithDenialAndNoExceptions) {
  const Decision d = DecideOrFail(Ask("nvidia-h20", "CN", "2025-03-01", "Shanghai Biren Intelligent Technology Co., Ltd."));
  EXPECT_EQ(d.outcome, Outcome::kLicenseRequired);
  EXPECT_EQ(d.review, ReviewPolicy::kPresumptionOfDenial);
  EXPECT_TRUE(d.exceptions.empty());
  EXPECT_TRUE(HasMatch(d, "entity_list"));
  ASSERT_FALSE(d.reasons.empty());
  EXPECT_EQ(d.reasons.front().kind, ReasonKind::kPartyListing);
}

// A second, weaker Entity List candidate cannot change "license required, presumption of
// denial, no exceptions": it is shown for review but does not make the answer indeterminate.
TEST(PartyDecision, ACandidateThatCannotChangeTheAnswerLeavesItDetermined) {
  const Decision d = DecideOrFail(Ask("nvidia-h20", "CN", "2025-03-01", "Beijing Biren Technology"));
  EXPECT_EQ(d.outcome, Outcome::kLicenseRequired);
  EXPECT_TRUE(d.missing.empty());
}

TEST(PartyDecision, SophgoSingaporeIsListedFromItsNoticeDateOnly) {
  const Decision before = DecideOrFail(Ask("nvidia-h20", "SG", "2024-12-01", "Sophgo Technologies Ltd."));
  EXPECT_EQ(before.outcome, Outcome::kNoLicenseRequired);
  EXPECT_FALSE(HasMatch(before, "entity_list"));
  const Decision after = DecideOrFail(Ask("nvidia-h20", "SG", "2025-03-01", "Sophgo Technologies Ltd."));
  EXPECT_EQ(after.outcome, Outcome::kLicenseRequired);
  EXPECT_TRUE(HasMatch(after, "entity_list"));
}

TEST(PartyDecision, DeniedPersonIsProhibitedWhateverTheItem) {
  const Decision d = DecideOrFail(Ask("nvidia-a2", "AE", "2025-06-01", "KAL TEK LABS"));
  EXPECT_EQ(d.outcome, Outcome::kProhibited);
  EXPECT_TRUE(HasMatch(d, "denied_persons"));
  EXPECT_TRUE(d.missing.empty());
}

TEST(PartyDecision, UnverifiedListMakesNoLicenseConditionalOnAUvlStatement) {
  const Decision d = DecideOrFail(Ask("nvidia-h20", "CN", "2025-03-01", "Sun Yat-Sen University"));
  EXPECT_EQ(d.outcome, Outcome::kNoLicenseRequired);
  EXPECT_TRUE(HasMatch(d, "unverified"));
  EXPECT_TRUE(HasCondition(d, ConditionKind::kUvlStatement));
  EXPECT_TRUE(d.exceptions.empty());
}

// Huawei's listing reaches a company it owns only while the Affiliates rule is in force: a red
// flag (a condition) during the suspension of 10 Nov 2025 to 9 Nov 2026, a license after.
TEST(PartyDecision, ListedOwnerIsARedFlagWhileTheAffiliatesRuleIsSuspended) {
  Question q = Ask("nvidia-h20", "MY", "2026-03-01", "Kuala Lumpur Example Compute Sdn Bhd");
  q.end_user_parent = "Huawei Technologies Co., Ltd.";
  const Decision suspended = DecideOrFail(q);
  EXPECT_TRUE(HasCondition(suspended, ConditionKind::kOwnership));
  EXPECT_NE(suspended.outcome, Outcome::kLicenseRequired);

  q.date = "2026-11-20";
  const Decision reimposed = DecideOrFail(q);
  EXPECT_FALSE(HasCondition(reimposed, ConditionKind::kOwnership));
  EXPECT_EQ(reimposed.outcome, Outcome::kLicenseRequired);
  EXPECT_TRUE(std::any_of(reimposed.party_hits.begin(), reimposed.party_hits.end(), [](const PartyHit& h) { return h.via_owner; }));
}

TEST(PartyDecision, TheScreenedListsAreInTheProvenance) {
  const Provenance p = Bundled().provenance();
  ASSERT_FALSE(p.party_lists.empty());
  EXPECT_EQ(p.party_lists.front().sha256.size(), 64u);
}

}  // namespace
}  // namespace chipgate
