// Exact arithmetic at regulatory boundaries: the reason Rational exists.
#include <gtest/gtest.h>

#include <limits>

#include "chipgate/rational.hpp"

namespace chipgate {
namespace {

Rational R(const char* text) { return *Rational::FromDecimal(text); }

TEST(Rational, ParsesDecimalsExactly) {
  EXPECT_EQ(R("1978.9"), *Rational::Make(19789, 10));
  EXPECT_EQ(R("-2.50"), *Rational::Make(-5, 2));
  EXPECT_EQ(R("5e3"), Rational(5000));
  EXPECT_EQ(R("1.5E-2"), *Rational::Make(3, 200));
  EXPECT_EQ(R("+7"), Rational(7));
}

TEST(Rational, RejectsMalformedText) {
  for (const char* bad : {"", "-", ".", "1.2.3", "1,5", "abc", "1e", "12x", " 1", "1 ", "0x10"}) {
    EXPECT_FALSE(Rational::FromDecimal(bad).has_value()) << bad;
  }
}

TEST(Rational, RejectsValuesThatDoNotFit) {
  EXPECT_FALSE(Rational::FromDecimal("99999999999999999999").has_value());
  EXPECT_FALSE(Rational::FromDecimal("1e40").has_value());
}

TEST(Rational, FromDoubleRecoversTheWrittenDecimal) {
  EXPECT_EQ(*Rational::FromDouble(1978.9), R("1978.9"));
  EXPECT_EQ(*Rational::FromDouble(0.1), *Rational::Make(1, 10));
  EXPECT_EQ(*Rational::FromDouble(296.875), R("296.875"));
  EXPECT_FALSE(Rational::FromDouble(std::numeric_limits<double>::infinity()).has_value());
}

// 4800 / 810.81 is 5.920006..., above 5.92 by 6e-6; 5.92 * 810.81 = 4799.9952 is below 4800.
TEST(Rational, PerformanceDensityComparesExactlyAtTheBoundary) {
  const Rational pd = *Rational::Div(Rational(4800), R("810.81"));
  EXPECT_GT(pd, R("5.92"));
  EXPECT_LT(pd, R("5.92001"));
  const Rational at = *Rational::Div(R("4795.2"), Rational(810));  // exactly 5.92
  EXPECT_EQ(at, R("5.92"));
  EXPECT_FALSE(at < R("5.92"));
}

// The binary double for 0.1 * 3 is not 0.3; the rational is.
TEST(Rational, ArithmeticHasNoBinaryRounding) {
  const Rational tenth = R("0.1");
  const Rational sum = *Rational::Add(*Rational::Add(tenth, tenth), tenth);
  EXPECT_EQ(sum, R("0.3"));
  EXPECT_EQ(*Rational::Mul(R("1978.9"), Rational(8)), R("15831.2"));
  EXPECT_EQ(*Rational::Sub(R("2368"), Rational(2400)), Rational(-32));
}

TEST(Rational, OverflowIsReportedNotWrapped) {
  const Rational big(std::numeric_limits<std::int64_t>::max());
  EXPECT_FALSE(Rational::Add(big, Rational(1)).has_value());
  EXPECT_FALSE(Rational::Mul(big, Rational(2)).has_value());
  EXPECT_FALSE(Rational::Div(Rational(1), Rational(0)).has_value());
  // Reducible intermediate results still succeed.
  const Rational half_big = *Rational::Make(std::numeric_limits<std::int64_t>::max(), 2);
  EXPECT_TRUE(Rational::Mul(half_big, Rational(2)).has_value());
}

TEST(Rational, PrintsShortExactDecimals) {
  EXPECT_EQ(R("15831.20").ToString(), "15831.2");
  EXPECT_EQ(Rational(-32).ToString(), "-32");
  bool exact = true;
  EXPECT_EQ(Rational::Div(Rational(2368), Rational(814))->ToString(2, &exact), "2.91");
  EXPECT_FALSE(exact);
  EXPECT_EQ(Rational::Div(Rational(2), Rational(3))->ToString(3), "0.667");
  EXPECT_EQ(R("0.9999").ToString(2), "1");
  EXPECT_EQ(R("-0.004").ToString(2), "0");
}

}  // namespace
}  // namespace chipgate
