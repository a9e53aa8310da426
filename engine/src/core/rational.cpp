// Exact rational arithmetic; see rational.hpp for why.
#include "chipgate/rational.hpp"

#include <fmt/format.h>

#include <cmath>
#include <limits>
#include <numeric>

namespace chipgate {
namespace {

using Wide = Int128;
constexpr Wide kMax = std::numeric_limits<std::int64_t>::max();
constexpr Wide kMin = std::numeric_limits<std::int64_t>::min();

Wide Gcd(Wide a, Wide b) {
  if (a < 0) a = -a;
  if (b < 0) b = -b;
  while (b != 0) {
    const Wide t = a % b;
    a = b;
    b = t;
  }
  return a;
}

bool Fits(Wide v) { return v >= kMin && v <= kMax; }

}  // namespace

std::optional<Rational> Rational::FromWide(Wide num, Wide den) {
  if (den == 0) return std::nullopt;
  if (den < 0) {
    num = -num;
    den = -den;
  }
  if (!Fits(num) || !Fits(den)) {
    const Wide g = Gcd(num, den);
    if (g > 1) {
      num /= g;
      den /= g;
    }
    if (!Fits(num) || !Fits(den)) return std::nullopt;
  }
  return Rational(static_cast<std::int64_t>(num), static_cast<std::int64_t>(den), 0);
}

std::optional<Rational> Rational::Make(std::int64_t num, std::int64_t den) {
  return FromWide(num, den);
}

std::optional<Rational> Rational::Add(Rational a, Rational b) {
  if (a.den_ == b.den_) return FromWide(static_cast<Wide>(a.num_) + b.num_, a.den_);
  return FromWide(static_cast<Wide>(a.num_) * b.den_ + static_cast<Wide>(b.num_) * a.den_,
                  static_cast<Wide>(a.den_) * b.den_);
}

std::optional<Rational> Rational::Sub(Rational a, Rational b) {
  if (a.den_ == b.den_) return FromWide(static_cast<Wide>(a.num_) - b.num_, a.den_);
  return FromWide(static_cast<Wide>(a.num_) * b.den_ - static_cast<Wide>(b.num_) * a.den_,
                  static_cast<Wide>(a.den_) * b.den_);
}

std::optional<Rational> Rational::Mul(Rational a, Rational b) {
  return FromWide(static_cast<Wide>(a.num_) * b.num_, static_cast<Wide>(a.den_) * b.den_);
}

std::optional<Rational> Rational::Div(Rational a, Rational b) {
  if (b.num_ == 0) return std::nullopt;
  return FromWide(static_cast<Wide>(a.num_) * b.den_, static_cast<Wide>(a.den_) * b.num_);
}

Rational Rational::Reduced() const {
  const std::int64_t g = std::gcd(num_, den_);
  if (g <= 1) return *this;
  return Rational(num_ / g, den_ / g, 0);
}

double Rational::ToDouble() const {
  return static_cast<double>(num_) / static_cast<double>(den_);
}

std::optional<Rational> Rational::FromDecimal(std::string_view text) {
  std::size_t i = 0;
  bool negative = false;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) {
    negative = text[i] == '-';
    ++i;
  }
  Wide num = 0;
  Wide den = 1;
  bool any_digit = false;
  bool in_fraction = false;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (c >= '0' && c <= '9') {
      any_digit = true;
      num = num * 10 + (c - '0');
      if (in_fraction) den *= 10;
      if (num > kMax || den > kMax) return std::nullopt;
    } else if (c == '.' && !in_fraction) {
      in_fraction = true;
    } else {
      break;
    }
  }
  if (!any_digit) return std::nullopt;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    bool exp_negative = false;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) {
      exp_negative = text[i] == '-';
      ++i;
    }
    int exponent = 0;
    bool exp_digit = false;
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
      exp_digit = true;
      exponent = exponent * 10 + (text[i] - '0');
      if (exponent > 30) return std::nullopt;
    }
    if (!exp_digit) return std::nullopt;
    for (int k = 0; k < exponent; ++k) {
      if (exp_negative) {
        den *= 10;
      } else {
        num *= 10;
      }
      if (num > kMax || den > kMax) return std::nullopt;
    }
  }
  if (i != text.size()) return std::nullopt;
  return FromWide(negative ? -num : num, den);
}

std::optional<Rational> Rational::FromDouble(double value) {
  if (!std::isfinite(value)) return std::nullopt;
  // fmt's "{}" is the shortest representation that round-trips, i.e. the decimal the author
  // typed whenever it had 15 or fewer significant digits.
  return FromDecimal(fmt::format("{}", value));
}

std::string Rational::ToString(int max_fraction_digits, bool* exact) const {
  const Rational r = Reduced();
  Wide num = r.num_;
  const Wide den = r.den_;
  const bool negative = num < 0;
  if (negative) num = -num;
  Wide whole = num / den;
  Wide rem = num % den;
  std::string frac;
  for (int k = 0; k < max_fraction_digits && rem != 0; ++k) {
    rem *= 10;
    frac.push_back(static_cast<char>('0' + static_cast<int>(rem / den)));
    rem %= den;
  }
  if (exact != nullptr) *exact = rem == 0;
  if (rem != 0 && rem * 2 >= den) {  // round half away from zero, carrying through the digits
    int k = static_cast<int>(frac.size()) - 1;
    for (; k >= 0; --k) {
      if (frac[static_cast<std::size_t>(k)] == '9') {
        frac[static_cast<std::size_t>(k)] = '0';
      } else {
        ++frac[static_cast<std::size_t>(k)];
        break;
      }
    }
    if (k < 0) ++whole;
  }
  while (!frac.empty() && frac.back() == '0') frac.pop_back();
  std::string digits;
  do {
    digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(whole % 10)));
    whole /= 10;
  } while (whole != 0);
  std::string out = negative && (digits != "0" || !frac.empty()) ? "-" : "";
  out += digits;
  if (!frac.empty()) out += "." + frac;
  return out;
}

}  // namespace chipgate
