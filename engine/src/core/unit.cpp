// Unit algebra and its text form.
#include "core/unit.hpp"

#include <cstdlib>

namespace chipgate {
namespace {

constexpr std::string_view kNames[] = {"TOPS", "bit", "GB", "s", "mm2", "W", "nm", "year", "Gtransistors"};
static_assert(std::size(kNames) == Unit::kBases);

std::optional<BaseUnit> BaseByName(std::string_view name) {
  for (std::size_t i = 0; i < Unit::kBases; ++i) {
    if (kNames[i] == name) return static_cast<BaseUnit>(i);
  }
  return std::nullopt;
}

}  // namespace

Unit Unit::Times(const Unit& other) const {
  Unit u = *this;
  for (std::size_t i = 0; i < kBases; ++i) {
    u.exponents_[i] = static_cast<std::int8_t>(u.exponents_[i] + other.exponents_[i]);
  }
  return u;
}

Unit Unit::Over(const Unit& other) const {
  Unit u = *this;
  for (std::size_t i = 0; i < kBases; ++i) {
    u.exponents_[i] = static_cast<std::int8_t>(u.exponents_[i] - other.exponents_[i]);
  }
  return u;
}

std::optional<Unit> Unit::Parse(std::string_view text) {
  if (text == "1") return Unit{};
  Unit result;
  bool dividing = false;
  std::size_t i = 0;
  while (i <= text.size()) {
    std::size_t j = i;
    while (j < text.size() && text[j] != '*' && text[j] != '/') ++j;
    const auto base = BaseByName(text.substr(i, j - i));
    if (!base) return std::nullopt;
    result = dividing ? result.Over(Of(*base)) : result.Times(Of(*base));
    if (j == text.size()) break;
    dividing = text[j] == '/';
    i = j + 1;
  }
  return result;
}

std::string Unit::ToString() const {
  std::string numerator;
  std::string denominator;
  for (std::size_t i = 0; i < kBases; ++i) {
    const int e = exponents_[i];
    for (int k = 0; k < std::abs(e); ++k) {
      std::string& side = e > 0 ? numerator : denominator;
      if (e > 0 && !side.empty()) side += '*';
      if (e < 0) side += '/';
      side += kNames[i];
    }
  }
  // Returning instead of assigning "1" sidesteps a GCC 12 -Wrestrict false positive on
  // std::string::operator=(const char*) at -O2 (GCC bug 105651), which -Werror turns fatal.
  if (numerator.empty()) return "1" + denominator;
  return numerator + denominator;
}

}  // namespace chipgate
