#include <gtest/gtest.h>

#include "chipgate/date.hpp"

namespace chipgate {
namespace {

TEST(Date, ParsesStrictIsoDates) {
  const auto d = Date::Parse("2023-11-17");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->year(), 2023);
  EXPECT_EQ(d->month(), 11U);
  EXPECT_EQ(d->day(), 17U);
  EXPECT_EQ(d->ToString(), "2023-11-17");
  EXPECT_EQ(Date::Parse("1970-01-01")->days(), 0);
}

// ToString writes four-digit years by hand and the rest through fmt: both as "{:04d}-{:02d}-{:02d}".
TEST(Date, PrintsEveryYearAsBefore) {
  EXPECT_EQ(Date::FromCivil(1, 2, 3).ToString(), "0001-02-03");
  EXPECT_EQ(Date::FromCivil(999, 12, 31).ToString(), "0999-12-31");
  EXPECT_EQ(Date::FromCivil(9999, 12, 31).ToString(), "9999-12-31");
  EXPECT_EQ(Date::FromCivil(10000, 1, 1).ToString(), "10000-01-01");
  EXPECT_EQ(Date::FromCivil(-1, 6, 15).ToString(), "-001-06-15");
  EXPECT_EQ(Date::FromDays(0).ToString(), "1970-01-01");
}

TEST(Date, RejectsAnythingElse) {
  for (const char* bad : {"2023-2-1", "2023/11/17", "17-11-2023", "2023-11-31", "2023-02-29",
                          "2023-13-01", "2023-00-10", "", "2023-11-17T00:00", " 2023-11-17",
                          "20231117", "2023-1a-01"}) {
    EXPECT_FALSE(Date::Parse(bad).has_value()) << bad;
  }
  EXPECT_TRUE(Date::Parse("2024-02-29").has_value());
}

TEST(Date, OrdersAndSteps) {
  const Date a = *Date::Parse("2026-02-03");
  const Date b = *Date::Parse("2026-02-04");
  EXPECT_LT(a, b);
  EXPECT_EQ(a.AddDays(1), b);
  EXPECT_EQ(Date::Parse("2024-12-31")->AddDays(1).ToString(), "2025-01-01");
}

}  // namespace
}  // namespace chipgate
