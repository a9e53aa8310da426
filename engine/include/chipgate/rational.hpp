// Exact rational numbers for regulatory thresholds.
//
// The regulation says "4800 or more" and "5.92 or more"; a performance density computed as
// 4800 / 810.81 must compare against 5.92 the way the decimal arithmetic says, not the way a
// binary double happens to round. Every catalog figure is a short decimal, so a pair of 64-bit
// integers holds it exactly; comparisons cross-multiply in 128 bits and never round. Arithmetic
// reports overflow instead of wrapping, and only reduces by the gcd when a result would not fit,
// which keeps the hot evaluation path free of division loops.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace chipgate {

// 128-bit integers for exact cross-multiplication (a GCC/clang extension on every target we
// build for); `__extension__` keeps -Wpedantic quiet about it.
__extension__ typedef __int128 Int128;

class Rational {
 public:
  constexpr Rational() = default;
  constexpr explicit Rational(std::int64_t integer) : num_(integer) {}

  // Precondition: den != 0. The sign is carried by the numerator.
  static std::optional<Rational> Make(std::int64_t num, std::int64_t den);

  // Parses a plain decimal ("4800", "-2.5", "1978.90", "5e3"); locale-independent. Returns
  // nothing on anything else, including values that do not fit.
  static std::optional<Rational> FromDecimal(std::string_view text);

  // The shortest decimal that round-trips to `value` (what a TOML or CSV author wrote), exactly.
  static std::optional<Rational> FromDouble(double value);

  constexpr std::int64_t num() const { return num_; }
  constexpr std::int64_t den() const { return den_; }
  constexpr bool IsZero() const { return num_ == 0; }
  constexpr bool IsNegative() const { return num_ < 0; }

  // Checked arithmetic: nothing on overflow (or division by zero).
  static std::optional<Rational> Add(Rational a, Rational b);
  static std::optional<Rational> Sub(Rational a, Rational b);
  static std::optional<Rational> Mul(Rational a, Rational b);
  static std::optional<Rational> Div(Rational a, Rational b);

  Rational Reduced() const;
  double ToDouble() const;

  // Decimal text with at most `max_fraction_digits` digits after the point, trailing zeros
  // removed; exact when the value terminates within that many digits. `*exact` (if given) says
  // whether any rounding happened (round half away from zero).
  std::string ToString(int max_fraction_digits = 6, bool* exact = nullptr) const;

  friend std::strong_ordering operator<=>(Rational a, Rational b) {
    const Int128 lhs = static_cast<Int128>(a.num_) * b.den_;
    const Int128 rhs = static_cast<Int128>(b.num_) * a.den_;
    return lhs <=> rhs;
  }
  friend bool operator==(Rational a, Rational b) { return (a <=> b) == 0; }

 private:
  constexpr Rational(std::int64_t num, std::int64_t den, int /*tag*/) : num_(num), den_(den) {}
  static std::optional<Rational> FromWide(Int128 num, Int128 den);

  std::int64_t num_ = 0;
  std::int64_t den_ = 1;  // invariant: den_ > 0
};

}  // namespace chipgate
