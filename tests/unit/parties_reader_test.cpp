// The list readers through LoadPartyLists: the CSL CSV (the bundled sample's fields), the CSL
// JSON, OFAC's sdn.csv with alt.csv, and bad input of each kind reported with a stable code at
// its file, line and field, never thrown.
#include <gtest/gtest.h>

#include <fstream>

#include "chipgate/parties.hpp"
#include "core/sha256.hpp"
#include "support/bundled.hpp"
#include "support/party_fixtures.hpp"
#include "support/temp_dir.hpp"

namespace chipgate {
namespace {

using parties::LicensePolicy;
using parties::SourceList;

constexpr const char* kHeader =
    "_id,source,entity_number,type,programs,name,title,addresses,federal_register_notice,start_date,end_date,"
    "standard_order,license_requirement,license_policy,call_sign,vessel_type,gross_tonnage,"
    "gross_registered_tonnage,vessel_flag,vessel_owner,remarks,source_list_url,alt_names,citizenships,"
    "dates_of_birth,nationalities,places_of_birth,source_information_url,ids\n";

struct Loaded {
  SourceSet sources;
  Result<parties::PartyList> result;
};

std::string Write(const testing::TempDir& dir, const std::string& name, const std::string& text) {
  const std::string path = (dir.path() / name).string();
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

std::unique_ptr<Loaded> Load(const std::vector<std::string>& paths, parties::LoadOptions options = {}) {
  auto l = std::make_unique<Loaded>();
  l->result = parties::LoadPartyLists(paths, options, l->sources);
  return l;
}

std::string Codes(const std::vector<Diagnostic>& ds) {
  std::string out;
  for (const Diagnostic& d : ds) out += d.code + " ";
  return out;
}

TEST(PartiesReader, BundledSampleHasEveryFixtureRowAndItsFields) {
  const auto& list = testing::LoadBundledParties().list;
  ASSERT_EQ(list.entries.size(), 37U);
  ASSERT_EQ(list.files.size(), 1U);
  EXPECT_EQ(list.files[0].format, "csl-csv");
  EXPECT_EQ(list.files[0].list_date, Date::Parse("2026-07-31"));
  EXPECT_EQ(list.files[0].sha256.size(), 64U);
  std::size_t el = 0;
  for (const auto& e : list.entries) el += e.list == SourceList::kEntityList ? 1 : 0;
  EXPECT_EQ(el, 32U);
  const auto& huawei = list.entries[0];
  EXPECT_EQ(huawei.name, "Huawei Technologies Co., Ltd. (Huawei)");
  EXPECT_EQ(huawei.start_date, Date::Parse("2019-05-16"));
  EXPECT_EQ(huawei.aliases, (std::vector<std::string>{"Shenzhen Huawei Technologies", "Huawei Technology"}));
  EXPECT_EQ(huawei.line, 2U);
  const auto& inspur = *std::find_if(list.entries.begin(), list.entries.end(), [](const parties::Entry& e) {
    return e.name == "Inspur Electronic Information Industry Co., Ltd.";
  });
  ASSERT_EQ(inspur.countries.size(), 2U);
  EXPECT_EQ(inspur.countries[1].ToString(), "HK");
  EXPECT_EQ(inspur.license_policy, LicensePolicy::kPolicyOfDenial);
}

TEST(PartiesReader, HashIsOfTheBytesRead) {
  testing::TempDir dir;
  const std::string text = std::string(kHeader) + ",Entity List (EL) - Bureau of Industry and Security,,,,Acme,,CN,,,,,,,,,,,,,,,,,,,,,\n";
  parties::LoadOptions dated;
  dated.list_date = Date::Parse("2026-01-02");
  const auto l = Load({Write(dir, "csl.csv", text)}, dated);
  ASSERT_TRUE(l->result.ok()) << RenderText(l->result.diagnostics, l->sources);
  EXPECT_EQ(l->result->files[0].sha256, Sha256Hex(text));
  EXPECT_EQ(l->result->files[0].list_date, Date::Parse("2026-01-02"));
  EXPECT_EQ(l->result->files[0].entries, 1U);
}

TEST(PartiesReader, CsvProblemsPointAtLineAndField) {
  testing::TempDir dir;
  const std::string text = std::string(kHeader) +
                           ",Entity List (EL) - Bureau of Industry and Security,,,,Acme,,CN,,2024-13-01,,,,,,,,,,,,,,,,,,,\n"
                           ",Entity List (EL) - Bureau of Industry and Security,,,,,,CN,,,,,,,,,,,,,,,,,,,,,\n"
                           ",Entity List (EL) - Bureau of Industry and Security,,,,\"Bad \"quote,,CN,,,,,,,,,,,,,,,,,,,,,\n"
                           ",Entity List (EL) - Bureau of Industry and Security,,,,Beta,,Narnia,,,,,,,,,,,,,,,,,,,,,\n";
  const std::string path = Write(dir, "bad.csv", text);
  const auto l = Load({path});
  EXPECT_FALSE(l->result.ok());
  EXPECT_EQ(Codes(l->result.diagnostics), "P0106 P0105 P0104 P0107 ");
  const std::string rendered = RenderText(l->result.diagnostics, l->sources);
  EXPECT_NE(rendered.find(path + ":2:1: error[P0106]: `2024-13-01` is not a date"), std::string::npos) << rendered;
  EXPECT_NE(rendered.find("in field `start_date`"), std::string::npos) << rendered;
  EXPECT_NE(rendered.find(path + ":5:1: warning[P0107]: `Narnia` is not an ISO 3166-1 country code"), std::string::npos) << rendered;
}

TEST(PartiesReader, MissingColumnsAndUnknownFormats) {
  testing::TempDir dir;
  const auto no_source = Load({Write(dir, "a.csv", "name,addresses\nAcme,CN\n")});
  EXPECT_EQ(Codes(no_source->result.diagnostics), "P0103 ");
  const auto prose = Load({Write(dir, "b.txt", "hello world\n")});
  EXPECT_EQ(Codes(prose->result.diagnostics), "P0102 ");
  const auto missing = Load({(dir.path() / "nope.csv").string()});
  EXPECT_EQ(Codes(missing->result.diagnostics), "P0100 ");
  const auto empty = Load({Write(dir, "c.csv", "")});
  EXPECT_EQ(Codes(empty->result.diagnostics), "P0102 ");
}

TEST(PartiesReader, SizeLimitIsCheckedBeforeReading) {
  testing::TempDir dir;
  const std::string path = Write(dir, "big.csv", std::string(kHeader) + std::string(5000, '\n'));
  parties::LoadOptions small;
  small.max_file_bytes = 4096;
  const auto l = Load({path}, small);
  EXPECT_EQ(Codes(l->result.diagnostics), "P0101 ");
  const auto dev = Load({"/dev/zero"});
  EXPECT_EQ(Codes(dev->result.diagnostics), "P0100 ");
}

TEST(PartiesReader, ErrorsAreCappedPerFile) {
  testing::TempDir dir;
  std::string text = kHeader;
  for (int i = 0; i < 1000; ++i) text += ",Entity List (EL),,,,Acme,,CN,,not-a-date,,,,,,,,,,,,,,,,,,,\n";
  const auto l = Load({Write(dir, "many.csv", text)});
  EXPECT_EQ(l->result.diagnostics.size(), 100U);
  EXPECT_EQ(std::count_if(l->result.diagnostics.begin(), l->result.diagnostics.end(),
                          [](const Diagnostic& d) { return d.code == "P0113"; }), 1);
}

TEST(PartiesReader, CslJsonEntriesAndStatedListDate) {
  testing::TempDir dir;
  const std::string json = R"({"sources_used": [{"source": "Entity List", "source_last_updated": "2026-07-30T10:00:00Z"}],
    "results": [
      {"source": "Entity List (EL) - Bureau of Industry and Security", "name": "Sugon", "alt_names": ["Dawning", "Shuguang"],
       "addresses": [{"address": "x", "country": "CN"}, {"country": "HK"}], "federal_register_notice": "84 FR 29373",
       "start_date": "2019-06-24", "license_requirement": "For All Items Subject to the EAR",
       "license_policy": "Presumption of denial", "programs": []},
      {"source": "Unverified List (UVL) - Bureau of Industry and Security", "name": "Sun Yat-Sen University",
       "alt_names": null, "addresses": [{"country": "CN"}]}]})";
  const auto l = Load({Write(dir, "consolidated.json", json)});
  ASSERT_TRUE(l->result.ok()) << RenderText(l->result.diagnostics, l->sources);
  const auto& list = *l->result;
  EXPECT_EQ(list.files[0].format, "csl-json");
  EXPECT_EQ(list.files[0].list_date, Date::Parse("2026-07-30"));
  ASSERT_EQ(list.entries.size(), 2U);
  EXPECT_EQ(list.entries[0].aliases, (std::vector<std::string>{"Dawning", "Shuguang"}));
  EXPECT_EQ(list.entries[0].countries.size(), 2U);
  EXPECT_EQ(list.entries[1].list, SourceList::kUnverified);
  EXPECT_FALSE(list.entries[1].start_date);
  parties::PartyIndex index(list);
  EXPECT_FALSE(index.Search({"Dawning", std::nullopt, *Date::Parse("2020-01-01")}).hits.empty());
}

TEST(PartiesReader, CslJsonProblemsNameTheEntryAndKey) {
  testing::TempDir dir;
  const auto syntax = Load({Write(dir, "a.json", "{\"results\": [ {\"name\": \"x\",, } ]}")});
  ASSERT_EQ(Codes(syntax->result.diagnostics), "P0109 ");
  const std::string rendered = RenderText(syntax->result.diagnostics, syntax->sources);
  EXPECT_NE(rendered.find("a.json:1:"), std::string::npos) << rendered;
  const auto shape = Load({Write(dir, "b.json", "{\"total\": 3}")});
  EXPECT_EQ(Codes(shape->result.diagnostics), "P0110 ");
  const auto types = Load({Write(dir, "c.json", R"json({"results": [{"name": "A", "source": "Entity List (EL)"}, {"name": 7, "start_date": "2020-02-30"}]})json")});
  EXPECT_EQ(Codes(types->result.diagnostics), "P0110 P0106 P0108 P0105 ");
  EXPECT_NE(RenderText(types->result.diagnostics, types->sources).find("results[1].name: expected a string"), std::string::npos);
}

TEST(PartiesReader, SdnCsvWithItsAliasFile) {
  testing::TempDir dir;
  const std::string sdn =
      "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n"
      "173,\"ANGLO-CARIBBEAN CO., LTD.\",-0- ,\"CUBA] [SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n"
      "\x1A\n";
  const std::string alt = "36,12,\"aka\",\"AERO-CARIBBEAN\",-0- \n173,13,\"aka\",\"ANGLO CARIBBEAN\",-0- \n\x1A\n";
  Write(dir, "alt.csv", alt);
  const auto l = Load({Write(dir, "sdn.csv", sdn)});
  ASSERT_TRUE(l->result.ok()) << RenderText(l->result.diagnostics, l->sources);
  const auto& list = *l->result;
  EXPECT_EQ(list.files[0].format, "sdn-csv");
  EXPECT_EQ(list.files[0].alt_sha256, Sha256Hex(alt));
  ASSERT_EQ(list.entries.size(), 2U);
  EXPECT_EQ(list.entries[1].list, SourceList::kSdn);
  EXPECT_EQ(list.entries[1].programs, "CUBA; SDGT");
  EXPECT_EQ(list.entries[1].aliases, std::vector<std::string>{"ANGLO CARIBBEAN"});
  EXPECT_EQ(list.entries[0].id, "36");
  const parties::PartyRequirement r = parties::RequirementOf(list.entries[1]);
  EXPECT_EQ(r.effect, parties::ListingEffect::kOfacBlocking);
  EXPECT_NE(std::find(r.conditions.begin(), r.conditions.end(), parties::PartyCondition::kEarLicense744_8), r.conditions.end());
  EXPECT_EQ(parties::RequirementOf(list.entries[0]).conditions,
            std::vector<parties::PartyCondition>{parties::PartyCondition::kListingDateUnknown});
}

TEST(PartiesReader, HostileNamesAndAliasListsStayCheap) {
  testing::TempDir dir;
  std::string legal;
  for (int i = 0; i < 250'000; ++i) legal += "Co ";
  std::string aliases;
  for (int i = 0; i < 20'000; ++i) aliases += "Alias" + std::to_string(i) + ";";
  // name is field 6, addresses 8, alt_names 23 of 29.
  const std::string text = std::string(kHeader) + ",Entity List (EL),,,,\"Acme " + legal + "\",,CN" + std::string(15, ',') +
                           aliases + std::string(6, ',') + "\n,Entity List (EL),,,,\"" + std::string(300'000, 'x') + "\",,CN" +
                           std::string(21, ',') + "\n";
  const auto l = Load({Write(dir, "hostile.csv", text)});
  ASSERT_TRUE(l->result.ok()) << RenderText(l->result.diagnostics, l->sources);
  ASSERT_EQ(l->result->entries[0].aliases.size(), 20'000U);
  const parties::PartyIndex index(*l->result);
  const auto hits = index.Search({"Alias123", std::nullopt, *Date::Parse("2026-01-01")}).hits;
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].explanation.matched, "Alias123");
  EXPECT_TRUE(index.Search({legal, std::nullopt, *Date::Parse("2026-01-01")}).hits.size() <= 20U);
}

TEST(PartiesReader, SdnShortRecordIsAnError) {
  testing::TempDir dir;
  const auto l = Load({Write(dir, "sdn.csv", "36,\"AEROCARIBBEAN AIRLINES\",-0-\n")});
  EXPECT_EQ(Codes(l->result.diagnostics), "P0111 ");
}

}  // namespace
}  // namespace chipgate
