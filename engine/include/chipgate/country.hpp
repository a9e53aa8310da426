// ISO 3166-1 alpha-2 country codes, Kosovo's XK, and the few ISO 3166-2 subdivisions a rule
// treats apart from their country (the occupied regions of Ukraine: UA-43 Crimea, UA-40
// Sevastopol, UA-14 Donetsk, UA-09 Luhansk, and UA-65 Kherson and UA-23 Zaporizhzhia, whose
// coverage by 15 CFR 746.6 is unconfirmed). A code is packed into a small index so that a set of
// destinations is a bit mask and membership is one bit test; only known codes can be made. A
// subdivision is in every set its country is in, and may be named on its own; `UA` is not
// Crimea.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace chipgate {

class CountryCode {
 public:
  static constexpr std::size_t kCountrySpace = 26 * 26;  // two-letter codes
  static constexpr std::size_t kSubdivisionCount = 6;
  static constexpr std::size_t kSpace = kCountrySpace + kSubdivisionCount;

  // A placeholder ("AA", which is not assigned), so value types holding a code can be
  // default-constructed; real codes come only from Parse.
  constexpr CountryCode() = default;

  // Accepts two ASCII letters (either case) naming an officially assigned ISO 3166-1 alpha-2
  // code or XK, or one of the subdivisions above ("UA-43"); "UK", "XX" or "CHN" return nothing.
  static std::optional<CountryCode> Parse(std::string_view text);
  static constexpr CountryCode FromIndex(std::uint16_t index) { return CountryCode(index); }

  constexpr std::uint16_t index() const { return index_; }
  std::string ToString() const;            // "CN", "UA-43"
  std::string_view Name() const;           // "China", "Crimea (Ukraine)"
  bool IsSubdivision() const { return index_ >= kCountrySpace; }
  CountryCode Country() const;             // the country of a subdivision; itself otherwise

  friend constexpr bool operator==(CountryCode, CountryCode) = default;
  friend constexpr auto operator<=>(CountryCode, CountryCode) = default;

 private:
  constexpr explicit CountryCode(std::uint16_t index) : index_(index) {}
  std::uint16_t index_ = 0;
};

// Number of assigned two-letter codes and access to them in alphabetical order (for "all
// countries"; subdivisions are not among them).
std::size_t AssignedCountryCount();
CountryCode AssignedCountry(std::size_t i);

}  // namespace chipgate
