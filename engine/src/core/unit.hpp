// Units of measure as exponent vectors over a few base units, so the checker can refuse to
// compare TOPS with GB/s and can derive the unit of `tpp / die_area_mm2` itself.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace chipgate {

enum class BaseUnit : std::uint8_t {
  kTops,         // tera-operations per second (dense peak throughput)
  kBit,          // bit length of an operation
  kGB,           // gigabytes (10^9 bytes)
  kSecond,
  kMm2,          // square millimetres (die and package area)
  kWatt,
  kNm,           // process node, nanometres
  kYear,
  kGtransistor,  // billions of transistors
  kCount
};

class Unit {
 public:
  static constexpr std::size_t kBases = static_cast<std::size_t>(BaseUnit::kCount);

  constexpr Unit() = default;  // dimensionless
  static constexpr Unit Of(BaseUnit base) {
    Unit u;
    u.exponents_[static_cast<std::size_t>(base)] = 1;
    return u;
  }

  // Parses a unit expression as written in rule files and docs: "TOPS", "GB/s", "GB/s/mm2",
  // "TOPS*bit", "TOPS*bit/mm2", "1" (dimensionless). Nothing on an unknown name.
  static std::optional<Unit> Parse(std::string_view text);

  constexpr bool IsDimensionless() const { return exponents_ == std::array<std::int8_t, kBases>{}; }
  Unit Times(const Unit& other) const;
  Unit Over(const Unit& other) const;
  // Canonical text: "TOPS*bit/mm2", "GB/s", "1" for dimensionless.
  std::string ToString() const;

  friend constexpr bool operator==(const Unit&, const Unit&) = default;

 private:
  std::array<std::int8_t, kBases> exponents_{};
};

// Common units, spelled once.
namespace units {
inline const Unit kDimensionless{};
inline const Unit kTops = Unit::Of(BaseUnit::kTops);
inline const Unit kBit = Unit::Of(BaseUnit::kBit);
inline const Unit kGBps = Unit::Of(BaseUnit::kGB).Over(Unit::Of(BaseUnit::kSecond));
inline const Unit kGB = Unit::Of(BaseUnit::kGB);
inline const Unit kMm2 = Unit::Of(BaseUnit::kMm2);
inline const Unit kWatt = Unit::Of(BaseUnit::kWatt);
inline const Unit kNm = Unit::Of(BaseUnit::kNm);
inline const Unit kYear = Unit::Of(BaseUnit::kYear);
inline const Unit kGtransistor = Unit::Of(BaseUnit::kGtransistor);
}  // namespace units

}  // namespace chipgate
