// Whether a license covers a shipment, quantity aside (see licenses.hpp). An ECCN entry covers
// the item when the rules classified it under that paragraph or one below it ("3A090" covers
// 3A090.a.1; "3A090.a" does not cover 3A090.b). An item whose classification is undecided is
// not covered by an ECCN entry: coverage is never assumed.
#include <algorithm>

#include "licenses/licenses.hpp"

namespace chipgate::licenses {
namespace {

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool SameText(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (Lower(a[i]) != Lower(b[i])) return false;
  }
  return true;
}

// `paragraph` is `entry` or below it: "3A090.a.1" under "3A090.a", not "3A090.ab".
bool Under(std::string_view paragraph, std::string_view entry) {
  if (paragraph.size() < entry.size() || !SameText(paragraph.substr(0, entry.size()), entry)) return false;
  return paragraph.size() == entry.size() || paragraph[entry.size()] == '.';
}

bool CoversItem(const License& license, const Shipment& s) {
  if (std::find(license.items.begin(), license.items.end(), s.item) != license.items.end()) return true;
  for (const auto& entry : license.eccns) {
    for (const auto& paragraph : s.classifications) {
      if (Under(paragraph, entry)) return true;
    }
  }
  return false;
}

}  // namespace

Finding CheckCoverage(const License& license, const Shipment& s) {
  if (s.date < license.valid_from) return Finding::kNotYetValid;
  if (s.date > license.valid_to) return Finding::kExpired;
  if (!CoversItem(license, s)) return Finding::kItemNotCovered;
  if (std::find(license.destinations.begin(), license.destinations.end(), s.destination) == license.destinations.end()) {
    return Finding::kDestinationNotCovered;
  }
  if (!EndUserMatches(license, s.end_user)) return Finding::kEndUserDifferent;
  return Finding::kCovered;
}

std::string_view FindingName(Finding f) {
  switch (f) {
    case Finding::kCovered: return "covered";
    case Finding::kUnknownNumber: return "unknown-number";
    case Finding::kNotYetValid: return "not-yet-valid";
    case Finding::kExpired: return "expired";
    case Finding::kItemNotCovered: return "item-not-covered";
    case Finding::kDestinationNotCovered: return "destination-not-covered";
    case Finding::kEndUserDifferent: return "end-user-different";
    case Finding::kQuantityExhausted: return "quantity-exhausted";
  }
  return "unknown-number";
}

std::optional<Finding> FindingByName(std::string_view name) {
  for (std::uint8_t f = 0; f <= static_cast<std::uint8_t>(Finding::kQuantityExhausted); ++f) {
    if (FindingName(static_cast<Finding>(f)) == name) return static_cast<Finding>(f);
  }
  return std::nullopt;
}

}  // namespace chipgate::licenses
