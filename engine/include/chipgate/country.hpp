// ISO 3166-1 alpha-2 country codes. A code is packed into 0..675 so that a set of countries is a
// 676-bit mask and membership is one bit test; only officially assigned codes can be made.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace chipgate {

class CountryCode {
 public:
  static constexpr std::size_t kSpace = 26 * 26;

  // A placeholder ("AA", which is not assigned), so value types holding a code can be
  // default-constructed; real codes come only from Parse.
  constexpr CountryCode() = default;

  // Accepts exactly two ASCII letters (either case) naming an officially assigned ISO 3166-1
  // alpha-2 code; "UK", "XX" or "CHN" return nothing.
  static std::optional<CountryCode> Parse(std::string_view text);
  static constexpr CountryCode FromIndex(std::uint16_t index) { return CountryCode(index); }

  constexpr std::uint16_t index() const { return index_; }
  std::string ToString() const;            // "CN"
  std::string_view Name() const;           // "China"

  friend constexpr bool operator==(CountryCode, CountryCode) = default;
  friend constexpr auto operator<=>(CountryCode, CountryCode) = default;

 private:
  constexpr explicit CountryCode(std::uint16_t index) : index_(index) {}
  std::uint16_t index_ = 0;
};

// Number of assigned codes and access to them in alphabetical order (for "all countries").
std::size_t AssignedCountryCount();
CountryCode AssignedCountry(std::size_t i);

}  // namespace chipgate
