// "Did you mean": distances and the cut-off that keeps unrelated words from getting a hint.
#include <gtest/gtest.h>

#include "text/spelling.hpp"

#include <chrono>
#include <string>

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

// A hostile log can hold a 1 MiB item id; the suggestion search must not compare it with every
// catalog id by full edit distance (that took 7.6 s a row). The bound is seconds, far above the
// microseconds the search takes, so a loaded machine cannot make this flaky.
TEST(Spelling, HugeWordsAreComparedInBoundedTime) {
  std::vector<std::string> ids;
  for (int i = 0; i < 100; ++i) ids.push_back("nvidia-h100-sxm5-80gb-variant-" + std::to_string(i));
  const std::string huge(std::size_t{1} << 20, 'x');
  const auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(ClosestMatch(huge, ids), std::nullopt);
  EXPECT_EQ(ClosestMatch(huge.substr(0, 4000) + ids[7], ids), std::nullopt);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(3));
}

TEST(Spelling, BoundedDistanceAgreesWithTheFullOneWithinTheBound) {
  const std::vector<std::pair<std::string, std::string>> pairs = {
      {"kitten", "sitting"}, {"title", "titel"}, {"", "abc"}, {"nvidia-h100", "nvidia-h200"}, {"abcdef", "fedcba"}};
  for (const auto& [a, b] : pairs) {
    const std::size_t full = EditDistance(a, b);
    for (std::size_t bound = 0; bound < 8; ++bound) {
      const auto bounded = EditDistanceAtMost(a, b, bound);
      if (full <= bound) {
        EXPECT_EQ(bounded, std::optional<std::size_t>(full)) << a << " " << b << " " << bound;
      } else {
        EXPECT_EQ(bounded, std::nullopt) << a << " " << b << " " << bound;
      }
    }
  }
}

}  // namespace
}  // namespace chipgate
