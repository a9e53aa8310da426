// Restricted-party screening in the audit (issue 12, "Decisions"): each decided row's end user,
// consignee and purchaser are screened against the bundled sample lists (built from the
// reference fixture, parties-embargoes.md §4) on the row's ship date, and the hits change the
// verdict as decide::ApplyPartyHits does in `check` (§1): Denied Persons → prohibited; Entity
// List → license, presumption of denial, no exceptions; Unverified List → no exceptions; a
// candidate that could change the answer → indeterminate naming the entry.
#include <gtest/gtest.h>

#include <functional>

#include "audit/party_screen.hpp"
#include "audit/party_search_cache.hpp"
#include "support/audit_fixtures.hpp"
#include "support/party_fixtures.hpp"

namespace chipgate {
namespace {

using testing::AuditTextScreened;

constexpr const char* kHeader = "shipment_id,ship_date,item,quantity,destination,end_user,end_user_hq,claimed\n";

bool Says(const testing::AuditedRowCopy& r, std::string_view text) { return r.AllReasons().find(text) != std::string::npos; }

bool Cites(const testing::AuditedRowCopy& r, std::string_view cite) {
  for (const auto& c : r.citations) {
    if (c.find(cite) != std::string::npos) return true;
  }
  return false;
}

// The H20 needed no license to China on these dates (below 3A090), so any requirement below
// comes from the party.
TEST(AuditParties, AnUnlistedEndUserChangesNothing) {
  const auto out = AuditTextScreened(std::string(kHeader) + "S1,2025-03-01,nvidia-h20,1,CN,Hangzhou Example Cloud Co. Ltd.,CN,NLR\n");
  ASSERT_EQ(out.rows.size(), 1u);
  EXPECT_EQ(out.rows[0].verdict, Verdict::kOk) << out.rows[0].AllReasons();
  EXPECT_FALSE(Says(out.rows[0], "not screened"));
}

TEST(AuditParties, DeniedPersonsMatchIsProhibitedWhateverTheClaim) {
  const auto out = AuditTextScreened(std::string(kHeader) + "S1,2025-03-01,nvidia-h20,1,CN,Kal Tek Labs,CN,NLR\n" +
                                     "S2,2025-03-01,nvidia-h20,1,CN,KAL TEK LABS,CN,D1234567\n");
  ASSERT_EQ(out.rows.size(), 2u);
  for (const auto& r : out.rows) {
    EXPECT_EQ(r.verdict, Verdict::kProhibited) << r.AllReasons();
    EXPECT_EQ(r.required, "prohibited (no license can authorize it)");
    EXPECT_TRUE(Says(r, "party.denied_persons")) << r.AllReasons();
    EXPECT_TRUE(Says(r, "(score 1.00)")) << r.AllReasons();
    EXPECT_TRUE(Cites(r, "65 FR 42664")) << r.AllReasons();
  }
  EXPECT_EQ(out.counts.of(Verdict::kProhibited), 2u);
}

TEST(AuditParties, EntityListMatchRequiresALicenseAndTakesExceptionsAway) {
  const auto out = AuditTextScreened(std::string(kHeader) + "S1,2025-03-01,nvidia-h20,1,CN,Beijing Biren Technology Development Co. Ltd.,CN,NLR\n" +
                                     "S2,2025-03-01,nvidia-h20,1,CN,Beijing Biren Technology Development Co. Ltd.,CN,NAC\n" +
                                     "S3,2025-03-01,nvidia-h20,1,CN,Beijing Biren Technology Development Co. Ltd.,CN,D1234567\n");
  ASSERT_EQ(out.rows.size(), 3u);
  EXPECT_EQ(out.rows[0].verdict, Verdict::kViolation) << out.rows[0].AllReasons();
  EXPECT_EQ(out.rows[1].verdict, Verdict::kViolation) << out.rows[1].AllReasons();
  EXPECT_EQ(out.rows[2].verdict, Verdict::kOk) << out.rows[2].AllReasons();
  for (const auto& r : out.rows) {
    EXPECT_EQ(r.required, "license (presumption of denial)") << r.AllReasons();
    EXPECT_TRUE(Says(r, "party.entity_list")) << r.AllReasons();
    EXPECT_TRUE(Cites(r, "88 FR 71992")) << r.AllReasons();
  }
}

// Sophgo was added on 16 Jan 2025 (90 FR 4621): a shipment on 1 Dec 2024 is not a hit, one on
// 1 Mar 2025 is; the name is searched once and filtered per row (the cache keeps the search).
TEST(AuditParties, AnEntryListedAfterTheShipDateIsNoHit) {
  const auto out = AuditTextScreened(std::string(kHeader) + "S1,2024-12-01,nvidia-h20,1,CN,Sophgo Technologies Ltd.,CN,NLR\n" +
                                     "S2,2025-03-01,nvidia-h20,1,CN,Sophgo Technologies Ltd.,CN,NLR\n" +
                                     "S3,2024-12-02,nvidia-h20,1,CN,Sophgo Technologies Ltd.,CN,NLR\n");
  ASSERT_EQ(out.rows.size(), 3u);
  EXPECT_EQ(out.rows[0].verdict, Verdict::kOk) << out.rows[0].AllReasons();
  EXPECT_FALSE(Says(out.rows[0], "Sophgo"));
  EXPECT_EQ(out.rows[1].verdict, Verdict::kViolation) << out.rows[1].AllReasons();
  EXPECT_TRUE(Cites(out.rows[1], "90 FR 4621"));
  EXPECT_EQ(out.rows[2].verdict, Verdict::kOk) << out.rows[2].AllReasons();  // same name, same epoch, earlier date: cache must not leak
}

TEST(AuditParties, UnverifiedListTakesExceptionsAwayAndConditionsNlr) {
  const auto out = AuditTextScreened(std::string(kHeader) + "S1,2025-03-01,nvidia-h20,1,CN,Sun Yat-Sen University,CN,NLR\n");
  ASSERT_EQ(out.rows.size(), 1u);
  const auto& r = out.rows[0];
  EXPECT_EQ(r.verdict, Verdict::kOk) << r.AllReasons();
  EXPECT_TRUE(Says(r, "party.unverified")) << r.AllReasons();
  EXPECT_TRUE(Says(r, "UVL statement")) << r.AllReasons();
}

// "Biren Intelligent" scores between the review and match thresholds against Shanghai Biren
// (Entity List): confirming it would turn this no-license H20 row into a violation.
TEST(AuditParties, AReviewCandidateThatCouldChangeTheAnswerIsIndeterminate) {
  const auto out = AuditTextScreened(std::string(kHeader) + "S1,2025-03-06,nvidia-h20,2,CN,Biren Intelligent,CN,NLR\n");
  ASSERT_EQ(out.rows.size(), 1u);
  const auto& r = out.rows[0];
  EXPECT_EQ(r.verdict, Verdict::kIndeterminate) << r.AllReasons();
  EXPECT_NE(r.missing.find("Shanghai Biren Intelligent Technology Co., Ltd."), std::string::npos) << r.missing;
  EXPECT_TRUE(Says(r, "to be confirmed or ruled out")) << r.AllReasons();
}

TEST(AuditParties, ConsigneeAndPurchaserColumnsAreScreened) {
  const std::string csv =
      "shipment_id,ship_date,item,quantity,destination,end_user,end_user_hq,claimed,consignee,purchaser\n"
      "S1,2025-03-01,nvidia-h20,1,CN,Hangzhou Example Cloud,CN,NLR,KAL TEK LABS,\n"
      "S2,2025-03-01,nvidia-h20,1,CN,Hangzhou Example Cloud,CN,NLR,,Beijing Biren Technology Development Co. Ltd.\n"
      "S3,2025-03-01,nvidia-h20,1,CN,Hangzhou Example Cloud,CN,NLR,,\n";
  const auto out = AuditTextScreened(csv);
  ASSERT_EQ(out.rows.size(), 3u);
  EXPECT_EQ(out.rows[0].verdict, Verdict::kProhibited) << out.rows[0].AllReasons();
  EXPECT_TRUE(Says(out.rows[0], "consignee `KAL TEK LABS`")) << out.rows[0].AllReasons();
  EXPECT_EQ(out.rows[1].verdict, Verdict::kViolation) << out.rows[1].AllReasons();
  EXPECT_TRUE(Says(out.rows[1], "purchaser `Beijing Biren")) << out.rows[1].AllReasons();
  EXPECT_EQ(out.rows[2].verdict, Verdict::kOk) << out.rows[2].AllReasons();
}

TEST(AuditParties, TheColumnsAreMappable) {
  AuditMapping mapping;
  mapping.headers[static_cast<std::size_t>(AuditColumn::kConsignee)] = "Ship-To Party";
  const auto out = AuditTextScreened(std::string("shipment_id,ship_date,item,quantity,destination,end_user,Ship-To Party\n") +
                                         "S1,2025-03-01,nvidia-h20,1,CN,Hangzhou Example Cloud,KAL TEK LABS\n",
                                     mapping);
  ASSERT_EQ(out.rows.size(), 1u);
  EXPECT_EQ(out.rows[0].verdict, Verdict::kProhibited) << out.rows[0].AllReasons();
}

// The explanation cache is keyed by the decision: rows with the same decision but different
// party outcomes must not share an explanation, in either order.
TEST(AuditParties, TheExplanationCacheKeepsPartyOutcomesApart) {
  const auto out = AuditTextScreened(std::string(kHeader) + "S1,2025-03-01,nvidia-h20,1,CN,Acme Cloud,CN,NLR\n" +
                                     "S2,2025-03-01,nvidia-h20,1,CN,KAL TEK LABS,CN,NLR\n" +
                                     "S3,2025-03-01,nvidia-h20,1,CN,Acme Cloud,CN,NLR\n" +
                                     "S4,2025-03-01,nvidia-h20,1,CN,Beijing Biren Technology Development Co. Ltd.,CN,NLR\n" +
                                     "S5,2025-03-01,nvidia-h20,1,CN,KAL TEK LABS,CN,NLR\n");
  ASSERT_EQ(out.rows.size(), 5u);
  const Verdict expected[] = {Verdict::kOk, Verdict::kProhibited, Verdict::kOk, Verdict::kViolation, Verdict::kProhibited};
  for (std::size_t i = 0; i < 5; ++i) EXPECT_EQ(out.rows[i].verdict, expected[i]) << i << ": " << out.rows[i].AllReasons();
}

TEST(AuditParties, EveryRowIsAccountedFor) {
  const auto out = AuditTextScreened(std::string(kHeader) + "S1,2025-03-01,nvidia-h20,1,CN,KAL TEK LABS,CN,NLR\n" +
                                     "S2,2025-03-01,nvidia-h20,1,CN,,CN,NLR\n" +  // a blank end user is a rejected row
                                     "S3,2025-03-01,nvidia-h20,1,CN,Acme,CN,NLR\n");
  EXPECT_EQ(out.counts.read, 3u);
  EXPECT_EQ(out.counts.decided, 2u);
  EXPECT_EQ(out.counts.rejected, 1u);
  EXPECT_EQ(out.counts.read, out.counts.decided + out.counts.rejected);
}

TEST(AuditParties, WithoutListsTheRowSaysThePartiesWereNotScreened) {
  const auto out = testing::AuditText(std::string(kHeader) + "S1,2025-03-01,nvidia-h20,1,CN,KAL TEK LABS,CN,NLR\n");
  ASSERT_EQ(out.rows.size(), 1u);
  EXPECT_EQ(out.rows[0].verdict, Verdict::kOk);
  EXPECT_TRUE(Says(out.rows[0], "the parties were not screened")) << out.rows[0].AllReasons();
}

// The screen's cache keeps every key apart through growth (hashes that collide included) and
// gives back exactly the hits stored; cleared, it knows nothing.
TEST(AuditParties, TheSearchCacheKeepsEveryKeyApart) {
  audit_detail::PartySearchCache cache;
  const auto hash = [](const std::string& key) { return std::hash<std::string>{}(key); };
  ListedPartyHit hit;
  hit.hit.entry = "Sophgo";
  for (int i = 0; i < 5000; ++i) {
    const std::string key = "name " + std::to_string(i);
    std::vector<ListedPartyHit> hits;
    if (i % 7 == 0) hits.push_back(hit);
    EXPECT_EQ(cache.Add(key, hash(key), hits).size(), hits.size());
  }
  cache.Add("collides a", 42, {hit, hit});
  cache.Add("collides b", 42, {});
  EXPECT_EQ(cache.size(), 5002U);
  for (int i = 0; i < 5000; ++i) {
    const std::string key = "name " + std::to_string(i);
    const auto* found = cache.Find(key, hash(key));
    ASSERT_NE(found, nullptr) << key;
    EXPECT_EQ(found->size(), i % 7 == 0 ? 1U : 0U) << key;
  }
  EXPECT_EQ(cache.Find("collides a", 42)->size(), 2U);
  EXPECT_TRUE(cache.Find("collides b", 42)->empty());
  EXPECT_EQ(cache.Find("collides c", 42), nullptr);
  EXPECT_EQ(cache.Find("name 5000", hash("name 5000")), nullptr);
  cache.Clear();
  EXPECT_EQ(cache.size(), 0U);
  EXPECT_EQ(cache.Find("name 0", hash("name 0")), nullptr);
}

// A lookup that counts its searches; `near` names are the ones some listed name comes near.
class CountingLookup final : public AuditPartyLookup {
 public:
  ListedPartySearch FindOnAnyDate(PartyRole, const std::string& name, std::optional<CountryCode>) const override {
    ++searches;
    ListedPartySearch out;
    out.near_nothing = name.rfind("near", 0) != 0;
    return out;
  }
  std::optional<PartyHit> OwnerHitOn(const ListedPartyHit& found, Date) const override { return found.hit; }
  mutable int searches = 0;
};

// A name no listed name comes near is searched once, whatever the destinations it ships to; a
// name that some listed name comes near is searched in each country (the country moves scores).
TEST(AuditParties, ANameNearNothingIsSearchedOnceForEveryCountry) {
  CountingLookup lookup;
  audit_detail::RowPartyScreen screen(lookup);
  ShipmentRow row;
  row.date = *Date::Parse("2025-01-01");
  for (const char* end_user : {"far away ltd", "near huawei"}) {
    lookup.searches = 0;
    row.fields[static_cast<std::size_t>(AuditColumn::kEndUser)] = end_user;
    for (const char* country : {"CN", "DE", "CN", "JP"}) {
      row.destination = *CountryCode::Parse(country);
      EXPECT_TRUE(screen.Screen(row).empty());
    }
    EXPECT_EQ(lookup.searches, std::string_view(end_user) == "near huawei" ? 3 : 1) << end_user;
  }
}

// The index says so: a name sharing nothing with the lists comes near nothing; a listed one does.
TEST(AuditParties, TheIndexSaysWhetherAnyListedNameCameNear) {
  const parties::PartyIndex& index = testing::BundledPartyIndex();
  parties::Query query{"Qwxz Plomb Vrendt", std::nullopt, *Date::Parse("2025-01-01"), 5};
  query.any_date = true;
  EXPECT_FALSE(index.Search(query).scored_any);
  query.name = "Sophgo Technologies Ltd.";
  EXPECT_TRUE(index.Search(query).scored_any);
}

}  // namespace
}  // namespace chipgate
