// The vendor matrix: pinned cells for known products (H100, H20, RTX 4090, RTX 4090 D, MI210)
// against the golden facts of shared/reference/regulations.md, agreement with the explaining
// evaluator, destination groups on their dates, and merged columns that lose nothing.
#include <gtest/gtest.h>

#include <algorithm>

#include "eval/evaluate.hpp"
#include "explain/explain.hpp"
#include "compile/program.hpp"
#include "analysis/screen.hpp"
#include "support/bundled.hpp"

namespace chipgate {
namespace {

using testing::LoadBundled;

struct Fixture {
  Program program;
  BoundCatalog bound;
};

const Fixture& Compiled() {
  static const Fixture kFixture = [] {
    Fixture f{Compile(LoadBundled().model, LoadBundled().params), {}};
    f.bound = Bind(f.program, LoadBundled().catalog);
    return f;
  }();
  return kFixture;
}

std::vector<std::size_t> Rows(const std::vector<const char*>& ids) {
  std::vector<std::size_t> rows;
  for (const char* id : ids) rows.push_back(*LoadBundled().catalog.IndexOf(id));
  return rows;
}

std::vector<CountryCode> Codes(const std::vector<const char*>& codes) {
  std::vector<CountryCode> out;
  for (const char* c : codes) out.push_back(*CountryCode::Parse(c));
  return out;
}

ScreenMatrix ScreenOf(const std::vector<const char*>& ids, std::vector<ScreenColumn> columns, const char* date) {
  ScreenOptions options;
  options.date = *Date::Parse(date);
  Scratch scratch(Compiled().program);
  return Screen(Compiled().program, Compiled().bound, Rows(ids), std::move(columns), options, scratch);
}

const std::vector<const char*> kProducts = {"nvidia-h100-sxm5-80gb", "nvidia-h20", "nvidia-rtx-4090", "nvidia-rtx-4090d", "amd-mi210"};
const std::vector<const char*> kDestinations = {"CN", "HK", "MO", "RU", "KH", "SA", "IL", "AE", "MY", "DE"};

TEST(Screen, PinnedMatrixOfKnownProductsOn20261128) {
  // Rows in kProducts order, columns in kDestinations order; end user headquartered locally.
  // Every cell carries `*`: the WMD and US-person-support questions (744.2-744.4, 744.6(b))
  // reach every item and destination, so no answer holds without them.
  const std::vector<std::vector<std::string>> expected = {
      // H100: 3A090.a datacenter. China/Macau (and Hong Kong, treated as China) case by case under
      // the Jan 2026 rule (TPP < 21,000, DRAM < 6,500 GB/s); Russia (D:5, and 746.8) denial;
      // Cambodia (D:1 only since Feb 2026) and Saudi Arabia (D:4) approval; Israel (A:6),
      // Malaysia and Germany outside the license destinations; the UAE (A:5 since Jul 2026) named
      // by the CCL for a non-approved party (no review policy stated).
      {"LIC:case*", "LIC:case*", "LIC:case*", "LIC:denial*", "LIC:approval*", "LIC:approval*", "NLR*", "LIC*", "NLR*", "NLR*"},
      // H20: not 3A090 by the numbers (3A991.p, AT only); the Apr 2025 is-informed letter (no
      // review policy stated) covers China, Macau and D:5; Russia: every CCL item (746.8), denial.
      {"LIC*", "LIC*", "LIC*", "LIC:denial*", "NLR*", "NLR*", "NLR*", "NLR*", "NLR*", "NLR*"},
      // RTX 4090: non-datacenter 3A090.a: NAC to Macau/D:5, ACA to other license destinations;
      // Russia: 746.8 allows neither; the UAE rule names none.
      {"LIC+NAC*", "LIC+NAC*", "LIC+NAC*", "LIC:denial*", "LIC+ACA*", "LIC+ACA*", "NLR*", "LIC*", "NLR*", "NLR*"},
      // RTX 4090 D: TPP 4707 < 4800, not datacenter: Note 2, so 3A991.p; only Russia (746.8).
      {"NLR*", "NLR*", "NLR*", "LIC:denial*", "NLR*", "NLR*", "NLR*", "NLR*", "NLR*", "NLR*"},
      // MI210: 3A090.b (datacenter), NAC/ACA-eligible, except to Russia (746.8) and the UAE.
      {"LIC+NAC*", "LIC+NAC*", "LIC+NAC*", "LIC:denial*", "LIC+ACA*", "LIC+ACA*", "NLR*", "LIC*", "NLR*", "NLR*"},
  };
  const ScreenMatrix m = ScreenOf(kProducts, DestinationColumns(Codes(kDestinations)), "2026-11-28");
  for (std::size_t r = 0; r < kProducts.size(); ++r) {
    for (std::size_t c = 0; c < kDestinations.size(); ++c) {
      EXPECT_EQ(CellCode(m.At(r, c)[0], LoadBundled().model), expected[r][c]) << kProducts[r] << " to " << kDestinations[c];
    }
  }
  const Model& model = LoadBundled().model;
  EXPECT_EQ(model.eccns[m.classified[0].at(0)].name, "3A090.a");
  EXPECT_EQ(model.eccns[m.classified[1].at(0)].name, "3A991.p");
  EXPECT_EQ(model.eccns[m.classified[3].at(0)].name, "3A991.p");
  EXPECT_EQ(model.eccns[m.classified[4].at(0)].name, "3A090.b");
}

TEST(Screen, BeforeTheAprilSplitNacCoveredEveryLicenseDestination) {
  const ScreenMatrix m = ScreenOf({"nvidia-rtx-4090", "nvidia-h20"}, DestinationColumns(Codes({"CN", "SA"})), "2024-01-15");
  EXPECT_EQ(CellCode(m.At(0, 0)[0], LoadBundled().model), "LIC+NAC*");
  EXPECT_EQ(CellCode(m.At(0, 1)[0], LoadBundled().model), "LIC+NAC*");
  EXPECT_EQ(CellCode(m.At(1, 0)[0], LoadBundled().model), "NLR*");  // the H20 letter came in Apr 2025
}

TEST(Screen, EveryCellAgreesWithTheExplainingEvaluator) {
  const auto& b = LoadBundled();
  const ScreenMatrix m = ScreenOf(kProducts, AllDestinationColumns(), "2026-11-28");
  for (std::size_t r = 0; r < m.rows.size(); ++r) {
    for (std::size_t c = 0; c < m.columns.size(); ++c) {
      Query q;
      q.item = m.rows[r];
      q.destination = m.columns[c].members[0];
      q.end_user_hq = q.destination;
      q.date = *Date::Parse("2026-11-28");
      ASSERT_EQ(m.At(r, c)[0], CellOf(Explain(b.model, b.catalog, b.params, q), b.model))
          << kProducts[r] << " to " << q.destination.ToString();
    }
  }
}

TEST(Screen, GroupsExpandToTheirMembersOnTheDate) {
  const Model& model = LoadBundled().model;
  const auto kh = *CountryCode::Parse("KH");
  const auto before = GroupColumn(model, "D:5", *Date::Parse("2026-02-02"));
  const auto after = GroupColumn(model, "D:5", *Date::Parse("2026-02-03"));  // left D:5 on 3 Feb 2026
  ASSERT_TRUE(before && after);
  EXPECT_EQ(before->members.size(), 23U);  // 22 + Cambodia
  EXPECT_EQ(after->members.size(), 22U);
  EXPECT_NE(std::find(before->members.begin(), before->members.end(), kh), before->members.end());
  EXPECT_EQ(std::find(after->members.begin(), after->members.end(), kh), after->members.end());
  // The computed license destinations of §7.5: 44 countries and Macau.
  const auto dest = GroupColumn(model, "advanced_computing_destinations", *Date::Parse("2026-09-01"));
  ASSERT_TRUE(dest.has_value());
  EXPECT_EQ(dest->members.size(), 45U);
  EXPECT_FALSE(GroupColumn(model, "D:9", *Date::Parse("2026-09-01")).has_value());
}

TEST(Screen, GroupCellsCountTheirMembers) {
  const Model& model = LoadBundled().model;
  std::vector<ScreenColumn> columns = {*GroupColumn(model, "D:5", *Date::Parse("2026-11-28"))};
  const ScreenMatrix m = ScreenOf({"nvidia-h100-sxm5-80gb", "amd-mi210"}, columns, "2026-11-28");
  const auto h100 = CountCodes(m.At(0, 0), model);
  ASSERT_EQ(h100.size(), 2U);
  EXPECT_EQ(h100[0].code, "LIC:denial*");
  EXPECT_EQ(h100[0].count, 21U);
  EXPECT_EQ(h100[1].code, "LIC:case*");  // China
  EXPECT_EQ(h100[1].count, 1U);
  const auto mi210 = CountCodes(m.At(1, 0), model);
  ASSERT_EQ(mi210.size(), 2U);
  EXPECT_EQ(mi210[0].code, "LIC+NAC*");
  EXPECT_EQ(mi210[0].count, 16U);
  EXPECT_EQ(mi210[1].code, "LIC:denial*");  // Part 746 (CU IR KP SY RU BY): no NAC
  EXPECT_EQ(mi210[1].count, 6U);
}

TEST(Screen, MergedColumnsKeepEveryDestinationsCell) {
  const ScreenMatrix full = ScreenOf(kProducts, AllDestinationColumns(), "2026-11-28");
  const ScreenMatrix merged = MergeIdenticalColumns(full);
  // Few columns remain; the end-use questions keep the 744.21/744.22 destinations apart.
  EXPECT_LT(merged.columns.size(), 14U);
  std::size_t members = 0;
  for (std::size_t c = 0; c < merged.columns.size(); ++c) {
    members += merged.columns[c].members.size();
    for (const auto d : merged.columns[c].members) {
      const auto at = std::find_if(full.columns.begin(), full.columns.end(), [&](const ScreenColumn& x) { return x.members[0] == d; });
      const auto fc = static_cast<std::size_t>(at - full.columns.begin());
      for (std::size_t r = 0; r < full.rows.size(); ++r) EXPECT_EQ(merged.At(r, c)[0], full.At(r, fc)[0]) << d.ToString();
    }
  }
  EXPECT_EQ(members, AssignedCountryCount());
}

TEST(Screen, UnknownEndUserMakesTheHeadquartersRuleIndeterminate) {
  ScreenOptions options;
  options.date = *Date::Parse("2026-11-28");
  options.end_user = EndUserAssumption::kUnknown;
  Scratch scratch(Compiled().program);
  const ScreenMatrix m = Screen(Compiled().program, Compiled().bound, Rows({"nvidia-h100-sxm5-80gb"}), DestinationColumns(Codes({"MY", "RU"})),
                                options, scratch);
  EXPECT_EQ(CellCode(m.At(0, 0)[0], LoadBundled().model), "?*");  // a D:5-headquartered buyer in Malaysia needs a license
  EXPECT_EQ(CellCode(m.At(0, 1)[0], LoadBundled().model), "LIC:denial*");  // denial whoever the buyer is
}

}  // namespace
}  // namespace chipgate
