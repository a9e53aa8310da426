// The country groups as encoded against regulations.md 7: member counts from the eCFR table of
// 2026-09-01, and the computed license-destination list (D:1 + D:4 + D:5 - A:5 - A:6 + Macau),
// "44 countries and Macau" at the Oct 2023 rule and today, 45 while Nicaragua was in and the
// UAE not yet out.
#include <gtest/gtest.h>

#include "compile/masks.hpp"
#include "support/bundled.hpp"

namespace chipgate {
namespace {

std::size_t Members(const Model& m, const std::string& group, const char* date) {
  const auto g = m.FindGroup(group);
  EXPECT_TRUE(g) << group;
  std::size_t n = 0;
  for (const auto& member : m.groups[*g].members) n += member.interval.Contains(*Date::Parse(date)) ? 1U : 0U;
  return n;
}

TEST(CountryGroups, MemberCountsMatchTheEcfrTable) {
  const Model& m = testing::LoadBundled().model;
  const char* kNow = "2026-09-01";
  EXPECT_EQ(Members(m, "A:1", kNow), 40U);
  EXPECT_EQ(Members(m, "A:5", kNow), 38U);  // 37 plus the UAE since 14 Jul 2026
  EXPECT_EQ(Members(m, "A:6", kNow), 8U);
  EXPECT_EQ(Members(m, "D:1", kNow), 24U);
  EXPECT_EQ(Members(m, "D:2", kNow), 10U);
  EXPECT_EQ(Members(m, "D:3", kNow), 36U);
  EXPECT_EQ(Members(m, "D:4", kNow), 21U);
  EXPECT_EQ(Members(m, "D:5", kNow), 22U);
  EXPECT_EQ(Members(m, "E:1", kNow), 3U);
  EXPECT_EQ(Members(m, "E:2", kNow), 1U);
  EXPECT_EQ(Members(m, "supp5a", kNow), 19U);  // the US and 18
  EXPECT_EQ(Members(m, "D:5", "2023-11-17"), 23U);  // with Cambodia and Cyprus, before Nicaragua
}

std::size_t DestinationCount(const Model& m, const char* date, bool& has_macau, std::string& list) {
  const Node* set_node = nullptr;
  for (const auto& s : m.sets) {
    if (s.name == "advanced_computing_destinations") set_node = &m.nodes[s.body];
  }
  EXPECT_NE(set_node, nullptr);
  const NodeId body = static_cast<NodeId>(set_node - m.nodes.data());
  const CountryMask mask = compile::ResolveCountries(m, body, *Date::Parse(date));
  has_macau = mask.test(CountryCode::Parse("MO")->index());
  list.clear();
  std::size_t n = 0;
  for (std::size_t i = 0; i < AssignedCountryCount(); ++i) {
    const CountryCode c = AssignedCountry(i);
    if (!mask.test(c.index()) || c.ToString() == "MO" || c.ToString() == "HK") continue;
    ++n;
    list += c.ToString() + " ";
  }
  return n;
}

TEST(CountryGroups, LicenseDestinationsAreFortyFourCountriesAndMacau) {
  const Model& m = testing::LoadBundled().model;
  bool macau = false;
  std::string list;
  EXPECT_EQ(DestinationCount(m, "2023-11-17", macau, list), 44U) << list;  // with AE, without NI
  EXPECT_NE(list.find("AE"), std::string::npos);
  EXPECT_EQ(list.find("NI"), std::string::npos);
  EXPECT_EQ(list.find("CY"), std::string::npos);  // D:5 then, but A:6
  EXPECT_TRUE(macau);
  EXPECT_EQ(DestinationCount(m, "2024-06-01", macau, list), 45U) << list;  // NI in, AE not yet out
  EXPECT_EQ(DestinationCount(m, "2026-09-01", macau, list), 44U) << list;  // AE out
  EXPECT_EQ(list.find("AE"), std::string::npos);
  EXPECT_EQ(list.find("IL"), std::string::npos);  // D but A:6
  EXPECT_NE(list.find("KH"), std::string::npos);  // left D:5, still D:1
  EXPECT_TRUE(macau);
}

}  // namespace
}  // namespace chipgate
