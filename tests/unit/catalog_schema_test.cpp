// The schema table: keys, units and bounds that the TOML format and the rules rely on.
#include <gtest/gtest.h>

#include "catalog/catalog.hpp"

namespace chipgate {
namespace {

TEST(CatalogSchema, NumberFieldsAreInEnumOrderAndFindableByKey) {
  ASSERT_EQ(NumberFields().size(), kNumberFieldCount);
  for (std::size_t i = 0; i < kNumberFieldCount; ++i) {
    const NumberFieldInfo& info = NumberFields()[i];
    EXPECT_EQ(static_cast<std::size_t>(info.field), i);
    EXPECT_EQ(NumberFieldByKey(info.key), info.field);
    EXPECT_FALSE(info.meaning.empty());
    EXPECT_LT(info.min, info.max);
  }
  EXPECT_EQ(NumberFieldByKey("die_area"), std::nullopt);
}

TEST(CatalogSchema, UnitsAndBoundsOfKeyFields) {
  const NumberFieldInfo& die = InfoOf(NumberField::kDieAreaMm2);
  EXPECT_EQ(die.key, "die_area_mm2");
  EXPECT_EQ(die.unit, units::kMm2);
  EXPECT_FALSE(die.zero_allowed);
  EXPECT_GE(die.max, Rational(46225));  // a wafer-scale engine must pass
  EXPECT_EQ(InfoOf(NumberField::kInterconnectBidirGbps).unit, units::kGBps);
  EXPECT_TRUE(InfoOf(NumberField::kInterconnectBidirGbps).zero_allowed);
  EXPECT_TRUE(InfoOf(NumberField::kHostIoBidirGbps).zero_allowed);
  EXPECT_GE(InfoOf(NumberField::kMemoryBandwidthGbps).max, Rational(21000000));
  const NumberFieldInfo& year = InfoOf(NumberField::kReleaseYear);
  EXPECT_TRUE(year.integer);
  EXPECT_EQ(year.min, Rational(1990));
  EXPECT_EQ(year.max, Rational(2040));
  for (const NumberFieldInfo& info : NumberFields()) {
    const bool link = info.field == NumberField::kInterconnectBidirGbps ||
                      info.field == NumberField::kHostIoBidirGbps;
    EXPECT_EQ(info.zero_allowed, link) << info.key;  // elsewhere unknown is absent, never zero
  }
}

TEST(CatalogSchema, PrecisionAndKindKeysRoundTrip) {
  for (std::size_t i = 0; i < kPrecisionCount; ++i) {
    const auto p = static_cast<Precision>(i);
    EXPECT_EQ(PrecisionByKey(PrecisionKey(p)), p);
  }
  EXPECT_EQ(PrecisionKey(Precision::kTf32), "tf32");
  EXPECT_EQ(PrecisionByKey("fp12"), std::nullopt);
  for (const ItemKind kind : {ItemKind::kIc, ItemKind::kHbm, ItemKind::kSystem}) {
    EXPECT_EQ(ItemKindByKey(ItemKindKey(kind)), kind);
  }
  EXPECT_EQ(ItemKindKey(ItemKind::kSystem), "system");
  EXPECT_EQ(ItemKindByKey("gpu"), std::nullopt);
}

}  // namespace
}  // namespace chipgate
