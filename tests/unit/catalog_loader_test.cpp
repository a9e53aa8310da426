// Loading good catalogs: every field of a file arrives in the Item exactly as written, folders
// are searched recursively in path order, and later layers replace earlier items whole.
#include <gtest/gtest.h>

#include "support/catalog_fixtures.hpp"

namespace chipgate {
namespace {

using testing::LoadFixtures;

Rational Dec(const char* text) { return *Rational::FromDecimal(text); }

TEST(CatalogLoader, GoodFileRoundTripsEveryField) {
  const auto loaded = LoadFixtures({"home/catalog/nvidia/h100-sxm5-80gb.toml"});
  ASSERT_TRUE(loaded.result.ok()) << loaded.Rendered();
  EXPECT_TRUE(loaded.result.diagnostics.empty());
  ASSERT_EQ(loaded.result->size(), 1U);
  const Item& h100 = loaded.result->items()[0];
  EXPECT_EQ(h100.id, "nvidia-h100-sxm5-80gb");
  EXPECT_EQ(h100.vendor, "NVIDIA");
  EXPECT_EQ(h100.name, "H100 SXM5 80GB");
  EXPECT_EQ(h100.kind, ItemKind::kIc);
  EXPECT_EQ(h100.datacenter, std::optional<bool>(true));
  EXPECT_EQ(h100.number(NumberField::kReleaseYear), Rational(2022));
  EXPECT_EQ(h100.number(NumberField::kProcessNm), Rational(4));
  EXPECT_EQ(h100.number(NumberField::kTransistorsBillion), Rational(80));
  EXPECT_EQ(h100.number(NumberField::kDieAreaMm2), Rational(814));
  EXPECT_EQ(h100.number(NumberField::kMemoryGb), Rational(80));
  EXPECT_EQ(h100.number(NumberField::kMemoryBandwidthGbps), Rational(3350));
  EXPECT_EQ(h100.number(NumberField::kInterconnectBidirGbps), Rational(900));
  EXPECT_EQ(h100.number(NumberField::kHostIoBidirGbps), Rational(128));
  EXPECT_EQ(h100.number(NumberField::kTdpW), Rational(700));
  EXPECT_EQ(h100.number(NumberField::kPackageAreaMm2), std::nullopt);  // absent = unknown
  EXPECT_EQ(h100.dense(Precision::kFp8), Dec("1978.9"));  // the decimal written, not a double
  EXPECT_EQ(h100.dense(Precision::kTf32), Dec("494.7"));
  EXPECT_EQ(h100.dense(Precision::kFp4), std::nullopt);   // absent = not supported
  EXPECT_EQ(h100.sparse_tops[static_cast<std::size_t>(Precision::kFp8)], Dec("3957.8"));
  EXPECT_EQ(h100.memory_type, "HBM3");
  EXPECT_EQ(h100.confidence, "high");
  EXPECT_NE(h100.notes.find("1978.9"), std::string::npos);
  ASSERT_EQ(h100.sources.size(), 1U);
  EXPECT_EQ(h100.sources[0].url, "https://developer.nvidia.com/blog/nvidia-hopper-architecture-in-depth/");
  EXPECT_EQ(loaded.sources.file(h100.span.file).path(),
            testing::CatalogFixture("home/catalog/nvidia/h100-sxm5-80gb.toml"));
}

TEST(CatalogLoader, ZeroIsAllowedOnlyWhereItMeansNoLink) {
  const auto loaded = LoadFixtures({"home/catalog/qualcomm"});
  ASSERT_TRUE(loaded.result.ok()) << loaded.Rendered();
  const Item* soc = loaded.result->Find("qualcomm-cloud-ai-100-ultra-soc");
  ASSERT_NE(soc, nullptr);
  EXPECT_EQ(soc->number(NumberField::kInterconnectBidirGbps), Rational(0));
}

TEST(CatalogLoader, SystemsListWhatTheyContain) {
  const auto loaded = LoadFixtures({"home/catalog"});
  ASSERT_TRUE(loaded.result.ok()) << loaded.Rendered();
  const Item* dgx = loaded.result->Find("nvidia-dgx-a100");
  ASSERT_NE(dgx, nullptr);
  EXPECT_EQ(dgx->kind, ItemKind::kSystem);
  ASSERT_EQ(dgx->contains.size(), 1U);
  EXPECT_EQ(dgx->contains[0].item, "nvidia-a100-sxm4-40gb");
  EXPECT_EQ(dgx->contains[0].count, 8);
}

TEST(CatalogLoader, FoldersAreSearchedRecursivelyForTomlOnly) {
  const auto loaded = LoadFixtures({"layers/base"});
  ASSERT_TRUE(loaded.result.ok()) << loaded.Rendered();
  ASSERT_EQ(loaded.result->size(), 2U);  // chip.toml and nested/deep.toml; readme.txt ignored
  EXPECT_NE(loaded.result->Find("test-deep"), nullptr);
  // Files are read in path order, whatever order the file system lists them in.
  ASSERT_EQ(loaded.sources.size(), 2U);
  EXPECT_LT(loaded.sources.file(0).path(), loaded.sources.file(1).path());
}

TEST(CatalogLoader, LaterLayerReplacesTheWholeItem) {
  const auto loaded = LoadFixtures({"layers/base", "layers/override"});
  ASSERT_TRUE(loaded.result.ok()) << loaded.Rendered();
  EXPECT_EQ(loaded.result->size(), 2U);
  const Item* chip = loaded.result->Find("test-chip");
  ASSERT_NE(chip, nullptr);
  EXPECT_EQ(chip->name, "Test Chip (my design)");
  EXPECT_EQ(chip->number(NumberField::kTdpW), Rational(350));
  // Not merged field by field: the bundled die area must not leak into the user's design.
  EXPECT_EQ(chip->number(NumberField::kDieAreaMm2), std::nullopt);
  EXPECT_EQ(chip->dense(Precision::kFp16), Rational(120));
}

TEST(CatalogLoader, ReversedLayersGiveTheOtherItem) {
  const auto loaded = LoadFixtures({"layers/override", "layers/base"});
  ASSERT_TRUE(loaded.result.ok()) << loaded.Rendered();
  EXPECT_EQ(loaded.result->Find("test-chip")->name, "Test Chip (bundled)");
}

TEST(Catalog, FindsByIdInSortedOrder) {
  Item b;
  b.id = "b";
  Item a;
  a.id = "a";
  const Catalog catalog({b, a});
  EXPECT_EQ(catalog.items()[0].id, "a");
  EXPECT_EQ(catalog.IndexOf("b"), std::optional<std::size_t>(1));
  EXPECT_EQ(catalog.Find("c"), nullptr);
  EXPECT_EQ(Catalog().Find("a"), nullptr);
}

}  // namespace
}  // namespace chipgate
