#include <gtest/gtest.h>

#include "core/unit.hpp"

namespace chipgate {
namespace {

TEST(Unit, ParsesAndPrintsCompoundUnits) {
  EXPECT_EQ(Unit::Parse("GB/s"), units::kGBps);
  EXPECT_EQ(Unit::Parse("GB/s/mm2")->ToString(), "GB/s/mm2");
  EXPECT_EQ(Unit::Parse("TOPS*bit/mm2")->ToString(), "TOPS*bit/mm2");
  EXPECT_EQ(Unit::Parse("1"), units::kDimensionless);
  EXPECT_EQ(units::kDimensionless.ToString(), "1");
  EXPECT_FALSE(Unit::Parse("furlongs").has_value());
  EXPECT_FALSE(Unit::Parse("GB//s").has_value());
}

TEST(Unit, DerivesUnitsOfProductsAndQuotients) {
  const Unit tpp = units::kTops.Times(units::kBit);
  EXPECT_EQ(tpp.Over(units::kMm2).ToString(), "TOPS*bit/mm2");
  EXPECT_NE(tpp, units::kGBps);
  EXPECT_TRUE(tpp.Over(tpp).IsDimensionless());
}

}  // namespace
}  // namespace chipgate
