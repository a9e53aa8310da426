// "Did you mean": distances and the cut-off that keeps unrelated words from getting a hint.
#include <gtest/gtest.h>

#include "text/spelling.hpp"

namespace chipgate {
namespace {

TEST(Spelling, EditDistanceCountsTranspositionsAsOne) {
  EXPECT_EQ(EditDistance("", ""), 0U);
  EXPECT_EQ(EditDistance("abc", ""), 3U);
  EXPECT_EQ(EditDistance("title", "titel"), 1U);
  EXPECT_EQ(EditDistance("die_area_mm2", "die_area_mm"), 1U);
  EXPECT_EQ(EditDistance("kitten", "sitting"), 3U);
}

TEST(Spelling, ClosestMatchSuggestsOnlyPlausibleTypos) {
  const std::vector<std::string_view> keys = {"title", "url"};
  EXPECT_EQ(ClosestMatch("titel", keys), std::optional<std::string>("title"));
  EXPECT_EQ(ClosestMatch("ulr", keys), std::optional<std::string>("url"));
  EXPECT_EQ(ClosestMatch("author", keys), std::nullopt);
  EXPECT_EQ(ClosestMatch("gpu", std::vector<std::string>{"ic", "hbm", "system"}), std::nullopt);
  EXPECT_EQ(ClosestMatch("x", std::vector<std::string>{}), std::nullopt);
}

}  // namespace
}  // namespace chipgate
