// The golden cases of the reference's §4.4 through the public screening API, on the bundled
// sample list (lists/csl-sample.csv, 37 real CSL rows): the aliases BIS lists (Sugon/Dawning,
// Higon/Hygon, Zhipu AI, Moore Threads), curly and straight apostrophes, the DPL, UVL and MEU
// rows, and dates on both sides of an entry's start.
#include <gtest/gtest.h>

#include "support/party_fixtures.hpp"

namespace chipgate {
namespace {

using parties::HitDecision;
using parties::SourceList;
using testing::EntryOf;
using testing::SearchBundled;

// The top hit must be a `match` on the entry named `listed`, through `matched`.
void ExpectTopMatch(const std::string& query, const std::string& listed, const std::string& matched,
                    const std::string& date = "2026-07-31") {
  const auto hits = SearchBundled(query, date);
  ASSERT_FALSE(hits.empty()) << query;
  EXPECT_EQ(EntryOf(hits[0]).name, listed) << query;
  EXPECT_EQ(hits[0].explanation.matched, matched) << query;
  EXPECT_EQ(hits[0].decision, HitDecision::kMatch) << query << " scored " << hits[0].score;
}

TEST(PartiesGolden, AliasesFindTheirEntries) {
  ExpectTopMatch("Dawning", "Sugon", "Dawning");
  ExpectTopMatch("Zhongke Shuguang", "Sugon", "Zhongke Shuguang");
  ExpectTopMatch("Hygon", "Chengdu Haiguang Integrated Circuit", "Hygon");
  ExpectTopMatch("Higon", "Higon", "Higon");
  ExpectTopMatch("Zhipu AI", "Beijing Zhipu Huazhang Technology Co., Ltd.", "Zhipu AI");
  ExpectTopMatch("Beijing Zhipu Huazhang", "Beijing Zhipu Huazhang Technology Co., Ltd.",
                 "Beijing Zhipu Huazhang Technology Co., Ltd.");
  ExpectTopMatch("Moore Threads", "Moore Thread Intelligent Technology (Beijing) Co., Ltd.", "Moore Threads");
  ExpectTopMatch("Moore Thread Intelligent Technology", "Moore Thread Intelligent Technology (Beijing) Co., Ltd.",
                 "Moore Thread Intelligent Technology (Beijing) Co., Ltd.");
}

TEST(PartiesGolden, CurlyAndStraightApostrophesAreTheSame) {
  const auto curly = SearchBundled("Mo\u2019er Xianchen", "2026-07-31");
  const auto straight = SearchBundled("Mo'er Xianchen", "2026-07-31");
  const auto none = SearchBundled("Moer Xianchen", "2026-07-31");
  for (const auto* hits : {&curly, &straight, &none}) {
    ASSERT_FALSE(hits->empty());
    EXPECT_EQ((*hits)[0].explanation.matched, "Mo\u2019er Xianchen");
    EXPECT_DOUBLE_EQ((*hits)[0].score, 1.0);
  }
  const auto& steps = straight[0].explanation.query_steps;
  EXPECT_NE(std::find(steps.begin(), steps.end(), "quotes and apostrophes removed"), steps.end());
}

TEST(PartiesGolden, ChineseScriptNameMatchesTheListedEnglishName) {
  const auto hits = SearchBundled("北京智谱华章科技有限公司", "2026-07-31");
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(EntryOf(hits[0]).name, "Beijing Zhipu Huazhang Technology Co., Ltd.");
  EXPECT_EQ(hits[0].decision, HitDecision::kMatch);
  const auto& steps = hits[0].explanation.query_steps;
  EXPECT_NE(std::find(steps.begin(), steps.end(), "transliterated to Latin"), steps.end());
}

TEST(PartiesGolden, DeniedPersonIsProhibitedAndItsListingDateUnknown) {
  const auto hits = SearchBundled("Kal-Tek Labs", "2026-07-31");
  ASSERT_FALSE(hits.empty());
  const parties::Entry& e = EntryOf(hits[0]);
  EXPECT_EQ(e.list, SourceList::kDeniedPersons);
  EXPECT_EQ(e.federal_register_notice, "65 FR 42664 7/11/00");
  EXPECT_TRUE(hits[0].explanation.listing_date_unknown);
  const parties::PartyRequirement r = parties::RequirementOf(e);
  EXPECT_EQ(r.effect, parties::ListingEffect::kProhibited);
  EXPECT_FALSE(r.license_exceptions_survive);
  EXPECT_NE(std::find(r.conditions.begin(), r.conditions.end(), parties::PartyCondition::kListingDateUnknown),
            r.conditions.end());
}

TEST(PartiesGolden, UnverifiedListNeedsAStatementBeforeNlr) {
  const auto hits = SearchBundled("Sun Yat-sen University", "2026-07-31", "CN");
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(EntryOf(hits[0]).list, SourceList::kUnverified);
  const parties::PartyRequirement r = parties::RequirementOf(EntryOf(hits[0]));
  EXPECT_EQ(r.effect, parties::ListingEffect::kNoExceptionsUvlStatement);
  EXPECT_FALSE(r.license_exceptions_survive);
  EXPECT_EQ(r.conditions.front(), parties::PartyCondition::kUvlStatementBeforeNlr);
  const auto trading = SearchBundled("Piricas Trading Co", "2026-07-31", "AE");
  ASSERT_FALSE(trading.empty());
  EXPECT_EQ(EntryOf(trading[0]).name, "Piricas Trading Company");
}

TEST(PartiesGolden, MilitaryEndUserNeedsALicenseForSupplement2Items) {
  const auto hits = SearchBundled("AVIC Aircraft Company Limited", "2026-07-31");
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(EntryOf(hits[0]).list, SourceList::kMilitaryEndUser);
  EXPECT_EQ(hits[0].decision, HitDecision::kMatch);
  const parties::PartyRequirement r = parties::RequirementOf(EntryOf(hits[0]));
  EXPECT_EQ(r.effect, parties::ListingEffect::kLicenseSupplement2Items);
  EXPECT_EQ(r.surviving_exceptions, std::vector<std::string>{"GOV"});
  EXPECT_EQ(r.license_policy, parties::LicensePolicy::kPer744_21);
}

TEST(PartiesGolden, EntityListAllItemsNoExceptionsWithItsCitation) {
  const auto hits = SearchBundled("Inspur Taiwan", "2026-07-31", "TW");
  ASSERT_FALSE(hits.empty());
  const parties::PartyRequirement r = parties::RequirementOf(EntryOf(hits[0]));
  EXPECT_EQ(r.effect, parties::ListingEffect::kLicenseAllItems);
  EXPECT_EQ(r.license_policy, parties::LicensePolicy::kPolicyOfDenial);
  EXPECT_EQ(r.review_policy, ReviewPolicy::kPresumptionOfDenial);
  EXPECT_FALSE(r.license_exceptions_survive);
  EXPECT_EQ(r.citation, "90 FR 14046");
}

TEST(PartiesGolden, AnEntryIsNoHitBeforeItsStartDate) {
  EXPECT_TRUE(SearchBundled("Zhipu AI", "2024-12-01").empty());
  EXPECT_TRUE(SearchBundled("Zhipu AI", "2025-01-15").empty());
  EXPECT_FALSE(SearchBundled("Zhipu AI", "2025-01-16").empty());
  EXPECT_TRUE(SearchBundled("Sophgo", "2025-01-15").empty());
  EXPECT_FALSE(SearchBundled("Sophgo", "2025-01-16").empty());
  EXPECT_TRUE(SearchBundled("Naura Technology Group", "2024-12-01").empty());
  EXPECT_FALSE(SearchBundled("Naura Technology Group", "2024-12-02").empty());
}

TEST(PartiesGolden, AnEntryWithoutAStartDateAppliesOnEveryDate) {
  const auto hits = SearchBundled("Inspur Group", "2000-01-01");
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(EntryOf(hits[0]).name, "Inspur Group Co., Ltd.");
  EXPECT_TRUE(hits[0].explanation.listing_date_unknown);
  EXPECT_NE(parties::ExplanationText(hits[0].explanation).find("listing date is unknown"), std::string::npos);
}

TEST(PartiesGolden, CountryAdjustsButNeverHidesAnExactName) {
  const double plain = SearchBundled("Sugon", "2026-07-31")[0].score;
  const auto wrong = SearchBundled("Sugon", "2026-07-31", "DE");
  ASSERT_FALSE(wrong.empty());
  EXPECT_EQ(wrong[0].decision, HitDecision::kMatch);
  EXPECT_DOUBLE_EQ(wrong[0].score, plain);
  const auto fuzzy = SearchBundled("Huawai Technology", "2026-07-31");
  const auto fuzzy_cn = SearchBundled("Huawai Technology", "2026-07-31", "CN");
  const auto fuzzy_de = SearchBundled("Huawai Technology", "2026-07-31", "DE");
  ASSERT_FALSE(fuzzy.empty());
  ASSERT_FALSE(fuzzy_cn.empty());
  ASSERT_FALSE(fuzzy_de.empty());
  EXPECT_GT(fuzzy_cn[0].score, fuzzy[0].score);
  EXPECT_LT(fuzzy_de[0].score, fuzzy[0].score);
  const auto hk = SearchBundled("Huawai Technology", "2026-07-31", "HK");
  EXPECT_GT(hk[0].score, fuzzy[0].score);  // HK is treated as China
}

TEST(PartiesGolden, UnlistedChineseChipCompaniesAreNotHits) {
  for (const char* name : {"ChangXin Memory Technologies", "CXMT", "Enflame Technology", "Iluvatar CoreX",
                           "MetaX Integrated Circuits", "Kunlunxin", "Bitmain", "DeepSeek", "xFusion",
                           "Alibaba Cloud", "Tencent", "ByteDance", "Lenovo", "Beijing Baidu Technology"}) {
    const auto hits = SearchBundled(name, "2026-07-31");
    EXPECT_TRUE(hits.empty()) << name << " hit " << (hits.empty() ? "" : EntryOf(hits[0]).name);
  }
}

TEST(PartiesGolden, RankedBestFirstAndEveryHitExplained) {
  const auto hits = SearchBundled("Sophgo Technologies", "2026-07-31");
  ASSERT_GE(hits.size(), 2U);
  for (std::size_t i = 1; i < hits.size(); ++i) EXPECT_GE(hits[i - 1].score, hits[i].score);
  for (const auto& h : hits) {
    EXPECT_FALSE(h.explanation.pairs.empty());
    EXPECT_GE(h.score, testing::BundledPartyIndex().thresholds().review);
  }
}

}  // namespace
}  // namespace chipgate
