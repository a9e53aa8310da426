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
  ASSERT_EQ(AssignedCountryCount(), 250U);  // the 249 ISO 3166-1 codes and Kosovo's XK
  for (std::size_t i = 1; i < AssignedCountryCount(); ++i) {
    EXPECT_LT(AssignedCountry(i - 1), AssignedCountry(i));
  }
}

TEST(Country, KosovoAndTheOccupiedRegionsOfUkraineAreDestinations) {
  EXPECT_EQ(CountryCode::Parse("XK")->Name(), "Kosovo");
  const auto crimea = CountryCode::Parse("UA-43");
  ASSERT_TRUE(crimea);
  EXPECT_EQ(crimea->ToString(), "UA-43");
  EXPECT_TRUE(crimea->IsSubdivision());
  EXPECT_EQ(crimea->Country(), *CountryCode::Parse("UA"));
  EXPECT_NE(*crimea, *CountryCode::Parse("UA"));  // a plain UA is not Crimea
  EXPECT_EQ(*CountryCode::Parse("ua-43"), *crimea);
  for (const char* code : {"UA-40", "UA-14", "UA-09", "UA-65", "UA-23"}) EXPECT_TRUE(CountryCode::Parse(code)) << code;
  for (const char* bad : {"UA-99", "UA-4", "UA43", "RU-43"}) EXPECT_FALSE(CountryCode::Parse(bad)) << bad;
  EXPECT_FALSE(CountryCode::Parse("UA")->IsSubdivision());
}

}  // namespace
}  // namespace chipgate
