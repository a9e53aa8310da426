#include <gtest/gtest.h>

#include "chipgate/country.hpp"

namespace chipgate {
namespace {

TEST(Country, AcceptsAssignedCodesInEitherCase) {
  EXPECT_EQ(CountryCode::Parse("CN")->ToString(), "CN");
  EXPECT_EQ(CountryCode::Parse("mo")->ToString(), "MO");
  EXPECT_EQ(CountryCode::Parse("MY")->Name(), "Malaysia");
}

TEST(Country, RejectsUnassignedOrMalformedCodes) {
  for (const char* bad : {"UK", "XX", "CHN", "C", "", "1A", "C1", "EU"}) {
    EXPECT_FALSE(CountryCode::Parse(bad).has_value()) << bad;
  }
}

TEST(Country, TableIsCompleteAndOrdered) {
  ASSERT_EQ(AssignedCountryCount(), 249U);
  for (std::size_t i = 1; i < AssignedCountryCount(); ++i) {
    EXPECT_LT(AssignedCountry(i - 1), AssignedCountry(i));
  }
}

}  // namespace
}  // namespace chipgate
