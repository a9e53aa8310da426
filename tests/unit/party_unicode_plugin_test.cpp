// Screening fails closed without the Unicode plugin (engine/plugin/, parties/unicode_plugin.hpp):
// a name that needs transliteration, when the plugin cannot be loaded, is never screened as
// clean. The decision is indeterminate naming the reason, `parties search` is an error, the
// audit's lookup returns an open candidate on every date, and a listed name that could not be
// normalised leaves every search incomplete. ASCII names need no plugin and screen as before.
#include <gtest/gtest.h>

#include <algorithm>

#include "chipgate/chipgate.hpp"
#include "chipgate/parties.hpp"
#include "engine/screening.hpp"
#include "parties/unicode_plugin.hpp"
#include "support/bundled.hpp"

namespace chipgate {
namespace {

constexpr const char* kMissingPlugin = "/nonexistent/chipgate-unicode.so";

const Engine& WithoutPlugin() {
  static const std::unique_ptr<Engine> kEngine = [] {
    EngineOptions o;
    o.unicode_plugin = kMissingPlugin;
    return testing::LoadBundledEngine(std::move(o));
  }();
  return *kEngine;
}

// Entity List entries with these names, nothing else known.
parties::PartyList ListOf(std::initializer_list<const char*> names) {
  parties::PartyList list;
  for (const char* name : names) {
    parties::Entry& e = list.entries.emplace_back();
    e.list = parties::SourceList::kEntityList;
    e.name = name;
  }
  return list;
}

// An item and destination with no license requirement, so only screening can make it open.
Question Ask(std::string end_user) {
  Question q;
  q.item = "nvidia-h20";
  q.destination = "MY";
  q.end_user_hq = "MY";
  q.date = "2025-03-01";
  q.end_use = {"none"};
  q.end_user = std::move(end_user);
  return q;
}

Decision DecideOrFail(const Engine& engine, const Question& q) {
  auto d = engine.Decide(q);
  if (!d.ok()) {
    ADD_FAILURE() << RenderText(d.diagnostics);
    return {};
  }
  return *d.value;
}

bool Mentions(const std::vector<std::string>& texts, std::string_view what) {
  return std::any_of(texts.begin(), texts.end(), [&](const std::string& t) { return t.find(what) != std::string::npos; });
}

TEST(PartyUnicodePlugin, NamesThatNeedItAreIndeterminateWithoutIt) {
  for (const char* name : {"北京智谱华章科技有限公司", "Ростех", "Société Générale"}) {
    SCOPED_TRACE(name);
    const Decision d = DecideOrFail(WithoutPlugin(), Ask(name));
    EXPECT_EQ(d.outcome, Outcome::kIndeterminate);
    EXPECT_FALSE(d.determined);
    EXPECT_TRUE(Mentions(d.missing, "could not be screened")) << ::testing::PrintToString(d.missing);
    EXPECT_TRUE(Mentions(d.missing, kMissingPlugin)) << ::testing::PrintToString(d.missing);
    ASSERT_EQ(d.party_hits.size(), 1U);
    EXPECT_FALSE(d.party_hits[0].match);
    EXPECT_NE(d.party_hits[0].not_screened, "");
  }
}

TEST(PartyUnicodePlugin, WithThePluginTheSameNamesAreScreened) {
  const Decision clean = DecideOrFail(testing::BundledEngine(), Ask("Ростех"));
  EXPECT_EQ(clean.outcome, Outcome::kNoLicenseRequired) << ::testing::PrintToString(clean.missing);
  const Decision listed = DecideOrFail(testing::BundledEngine(), Ask("北京智谱华章科技有限公司"));
  EXPECT_EQ(listed.outcome, Outcome::kLicenseRequired);
  EXPECT_TRUE(std::any_of(listed.party_hits.begin(), listed.party_hits.end(), [](const PartyHit& h) { return h.match && h.not_screened.empty(); }));
}

TEST(PartyUnicodePlugin, AsciiNamesNeedNoPlugin) {
  const Decision without = DecideOrFail(WithoutPlugin(), Ask("Acme Widgets Sdn Bhd"));
  const Decision with = DecideOrFail(testing::BundledEngine(), Ask("Acme Widgets Sdn Bhd"));
  EXPECT_EQ(without.outcome, with.outcome);
  EXPECT_EQ(without.outcome, Outcome::kNoLicenseRequired);
  EXPECT_TRUE(without.party_hits.empty());
}

TEST(PartyUnicodePlugin, PartiesSearchIsAnErrorWithoutIt) {
  const Result<RenderedAnswer> answer = WithoutPlugin().SearchParties({"Ростех", "", "2025-03-01"}, Format::kText);
  ASSERT_FALSE(answer.ok());
  ASSERT_EQ(answer.diagnostics.size(), 1U);
  EXPECT_EQ(answer.diagnostics[0].code, "P0200");
  EXPECT_NE(answer.diagnostics[0].message.find(kMissingPlugin), std::string::npos);
}

TEST(PartyUnicodePlugin, TheAuditLookupReturnsAnOpenCandidateOnEveryDate) {
  const PartyScreen screen({}, testing::SourcePath("lists"), std::nullopt, kMissingPlugin);
  ASSERT_TRUE(screen.Ready().ok());
  const ListedPartySearch search = screen.FindOnAnyDate(PartyRole::kEndUserParent, "Ростех", std::nullopt);
  EXPECT_FALSE(search.near_nothing) << "a name that could not be screened is never cleared for other countries";
  const std::vector<ListedPartyHit>& found = search.hits;
  ASSERT_FALSE(found.empty());
  EXPECT_NE(found[0].hit.not_screened, "");
  EXPECT_TRUE(found[0].ListedOn(*Date::Parse("1990-01-01")));
  const std::optional<PartyHit> owner = screen.OwnerHitOn(found[0], *Date::Parse("2025-03-01"));
  ASSERT_TRUE(owner.has_value());
  EXPECT_FALSE(owner->match);
}

TEST(PartyUnicodePlugin, AListedNameThatCannotBeNormalisedLeavesEverySearchOpen) {
  const parties::PartyList list = ListOf({"Ростех", "Acme Widgets"});
  const parties::PartyIndex index(list, {}, kMissingPlugin);
  const parties::SearchResult found = index.Search({"Rostekh", std::nullopt, *Date::Parse("2025-03-01")});
  EXPECT_NE(found.not_screened.find("1 listed name(s)"), std::string::npos) << found.not_screened;
  // The ASCII entry is still found.
  const parties::SearchResult acme = index.Search({"Acme Widgets", std::nullopt, *Date::Parse("2025-03-01")});
  EXPECT_FALSE(acme.hits.empty());
  EXPECT_NE(acme.not_screened, "");
}

TEST(PartyUnicodePlugin, WithThePluginAListedCyrillicNameIsFound) {
  const parties::PartyList list = ListOf({"Ростех"});
  const parties::PartyIndex index(list);
  const parties::SearchResult found = index.Search({"Ростех", std::nullopt, *Date::Parse("2025-03-01")});
  EXPECT_EQ(found.not_screened, "");
  EXPECT_FALSE(found.hits.empty());
}

// A plugin that loads but cannot run a step (as ICU without its data) or cannot make its steps
// at all: the name is not screened, the reason is the plugin's own, and ASCII names go on as
// before. The fakes are tests/plugin_fakes/.
struct FailingPlugin {
  const char* name;
  const char* path;
  const char* reason;  // from the fake's error text
};

class PartyUnicodePluginFailing : public ::testing::TestWithParam<FailingPlugin> {
 protected:
  static std::unique_ptr<Engine> Load() {
    EngineOptions o;
    o.unicode_plugin = GetParam().path;
    return testing::LoadBundledEngine(std::move(o));
  }
};

TEST_P(PartyUnicodePluginFailing, TheNameIsIndeterminateWithThePluginsReason) {
  const std::unique_ptr<Engine> engine = Load();
  const Decision d = DecideOrFail(*engine, Ask("Ростех"));
  EXPECT_EQ(d.outcome, Outcome::kIndeterminate);
  EXPECT_TRUE(Mentions(d.missing, "could not be screened")) << ::testing::PrintToString(d.missing);
  EXPECT_TRUE(Mentions(d.missing, GetParam().reason)) << ::testing::PrintToString(d.missing);
  ASSERT_EQ(d.party_hits.size(), 1U);
  EXPECT_FALSE(d.party_hits[0].match);
  EXPECT_NE(d.party_hits[0].not_screened.find(GetParam().reason), std::string::npos) << d.party_hits[0].not_screened;

  const Decision ascii = DecideOrFail(*engine, Ask("Acme Widgets Sdn Bhd"));
  EXPECT_EQ(ascii.outcome, Outcome::kNoLicenseRequired) << ::testing::PrintToString(ascii.missing);
}

TEST_P(PartyUnicodePluginFailing, PartiesSearchIsAnErrorWithThePluginsReason) {
  const Result<RenderedAnswer> answer = Load()->SearchParties({"Ростех", "", "2025-03-01"}, Format::kJson);
  ASSERT_FALSE(answer.ok());
  ASSERT_EQ(answer.diagnostics.size(), 1U);
  EXPECT_EQ(answer.diagnostics[0].code, "P0200");
  EXPECT_NE(answer.diagnostics[0].message.find(GetParam().reason), std::string::npos) << answer.diagnostics[0].message;
}

// The fold that failed had emitted a variant first ("partial"): it is not used as the name.
TEST_P(PartyUnicodePluginFailing, AListedNameThatFailedIsNotIndexedUnderWhatTheStepLeftBehind) {
  const parties::PartyList list = ListOf({"Ростех"});
  const parties::PartyIndex index(list, {}, GetParam().path);
  const parties::SearchResult found = index.Search({"partial", std::nullopt, *Date::Parse("2025-03-01")});
  EXPECT_TRUE(found.hits.empty());
  EXPECT_NE(found.not_screened.find("1 listed name(s)"), std::string::npos) << found.not_screened;
}

INSTANTIATE_TEST_SUITE_P(Fakes, PartyUnicodePluginFailing,
                         ::testing::Values(FailingPlugin{"FoldFails", CHIPGATE_TEST_UNICODE_FOLD_FAILS, "U_MISSING_RESOURCE_ERROR"},
                                           FailingPlugin{"CreateFails", CHIPGATE_TEST_UNICODE_CREATE_FAILS, "U_FILE_ACCESS_ERROR"}),
                         [](const ::testing::TestParamInfo<FailingPlugin>& p) { return std::string(p.param.name); });

// The plugin-free fold (fold_plain.hpp) claims the plugin's exact result for its names.
TEST(PartyUnicodePlugin, ThePlainFoldIsThePluginsFold) {
  std::string error;
  const std::unique_ptr<parties::UnicodePlugin> plugin = parties::UnicodePlugin::Open("", error);
  ASSERT_NE(plugin, nullptr) << error;
  for (const char* name : {"Mo\u2019er Xianchen", "Inspur Taiwan \u2013 R&D Center", "\u201CQuoted\u201D Co \u2014 Ltd",
                           "\u2018Single\u2019 O'Neil `x` \"y\" ABC", "plain ascii 123 (Beijing) Co., Ltd."}) {
    SCOPED_TRACE(name);
    const std::optional<parties::FoldedText> plain = parties::FoldPlain(name);
    ASSERT_TRUE(plain.has_value());
    std::vector<parties::FoldedText> folded;
    bool cjk = true;
    ASSERT_TRUE(plugin->Fold(name, folded, cjk, error)) << error;
    ASSERT_EQ(folded.size(), 1U);
    EXPECT_FALSE(cjk);
    EXPECT_EQ(plain->bytes, folded[0].bytes);
    EXPECT_EQ(plain->steps, folded[0].steps);
  }
  EXPECT_FALSE(parties::FoldPlain("Soci\u00E9t\u00E9").has_value());
  EXPECT_FALSE(parties::FoldPlain("\u2026").has_value());  // other punctuation: the plugin's
}

const parties::UnicodePluginDirs kDirs{"/usr/local/lib/chipgate", "../lib/chipgate", "/src/chipgate/build"};

TEST(PartyUnicodePluginPlaces, AProgramOfTheBuildTreeTakesTheBuiltPluginBeforeAnInstalledOne) {
  EXPECT_EQ(parties::UnicodePluginPlaces("/src/chipgate/build/tests", kDirs),
            (std::vector<std::string>{"/src/chipgate/build/tests", "/src/chipgate/build", "/src/chipgate/build/tests/../lib/chipgate",
                                      "/usr/local/lib/chipgate"}));
  EXPECT_EQ(parties::UnicodePluginPlaces("/src/chipgate/build", kDirs),
            (std::vector<std::string>{"/src/chipgate/build", "/src/chipgate/build/../lib/chipgate", "/usr/local/lib/chipgate"}));
}

TEST(PartyUnicodePluginPlaces, AnInstalledProgramTakesItsOwnInstallFirst) {
  EXPECT_EQ(parties::UnicodePluginPlaces("/opt/cg/bin", kDirs),
            (std::vector<std::string>{"/opt/cg/bin", "/opt/cg/bin/../lib/chipgate", "/usr/local/lib/chipgate", "/src/chipgate/build"}));
  // A directory that only starts like the build tree is not in it.
  EXPECT_EQ(parties::UnicodePluginPlaces("/src/chipgate/build-other", kDirs).back(), "/src/chipgate/build");
  EXPECT_EQ(parties::UnicodePluginPlaces("", kDirs), (std::vector<std::string>{"/usr/local/lib/chipgate", "/src/chipgate/build"}));
}

// The suite runs from the build tree, so the plugin it loads is the one built with it.
TEST(PartyUnicodePluginPlaces, TheSuiteFindsThePluginOfItsOwnBuild) {
  const std::vector<std::string> places = parties::UnicodePluginPlaces();
  ASSERT_GE(places.size(), 2U);
  EXPECT_EQ(places[1], CHIPGATE_TEST_BUILD_DIR);
}

}  // namespace
}  // namespace chipgate
