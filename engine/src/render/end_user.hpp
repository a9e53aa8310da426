// The `--end-user-hq` assumption shared by the vendor commands (screen, headroom, whatif, diff).
// A vendor question has no one end user, but the headquarters rule needs one, and leaving it
// unknown makes every rule that depends on it indeterminate. So the default is an end user
// headquartered in the destination itself ("local"), said in every output header.
#pragma once

#include <optional>
#include <string>

#include "analysis/screen.hpp"
#include "chipgate/country.hpp"

namespace chipgate::render {

struct EndUserChoice {
  EndUserAssumption mode = EndUserAssumption::kLocal;
  std::optional<CountryCode> fixed;  // kFixed

  // The end user's headquarters for a shipment to `destination`.
  std::optional<CountryCode> For(CountryCode destination) const;
  // "headquartered in the destination (assumed; --end-user-hq to change)"
  std::string Describe() const;
  // "local", "unknown" or the code, for JSON.
  std::string Key() const;
};
}  // namespace chipgate::render
