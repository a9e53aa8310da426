// Quantities as exports write them (see audit_format.hpp): "1,200", "1.200,000", "1 200". A
// thousands separator is accepted only between groups of exactly three digits, so "1,2" under
// thousands "," is an error rather than twelve; the rest is Rational's exact decimal parser.
#include "audit/audit_format.hpp"

namespace chipgate {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The integer part without its separators, or nothing when a group is not three digits long.
std::optional<std::string> Ungrouped(std::string_view integer, char thousands) {
  if (thousands == 0 || integer.find(thousands) == std::string_view::npos) return std::string(integer);
  std::string out;
  std::size_t group = 0;
  bool first = true;
  for (const char c : integer) {
    if (c == thousands) {
      if (group == 0 || group > 3 || (!first && group != 3)) return std::nullopt;
      first = false;
      group = 0;
      continue;
    }
    out += c;
    ++group;
  }
  if (group != 3) return std::nullopt;
  return out;
}

}  // namespace

std::optional<Rational> ParseNumberAs(std::string_view text, const NumberFormat& format) {
  const auto point = text.find(format.decimal);
  const std::string_view integer = text.substr(0, point);
  const std::string_view fraction = point == std::string_view::npos ? std::string_view() : text.substr(point + 1);
  if (integer.empty() || !IsDigit(integer.front()) || (point != std::string_view::npos && fraction.empty())) return std::nullopt;
  for (const char c : fraction) {
    if (!IsDigit(c)) return std::nullopt;
  }
  const auto digits = Ungrouped(integer, format.thousands);
  if (!digits) return std::nullopt;
  for (const char c : *digits) {
    if (!IsDigit(c)) return std::nullopt;
  }
  std::string decimal = *digits;
  if (!fraction.empty()) decimal += "." + std::string(fraction);
  return Rational::FromDecimal(decimal);
}

}  // namespace chipgate
