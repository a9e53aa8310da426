// The end-user assumption of the vendor commands (see end_user.hpp).
#include "render/end_user.hpp"

#include <fmt/format.h>

#include "render/decision_text.hpp"

namespace chipgate::render {

std::optional<CountryCode> EndUserChoice::For(CountryCode destination) const {
  switch (mode) {
    case EndUserAssumption::kLocal: return destination;
    case EndUserAssumption::kFixed: return fixed;
    case EndUserAssumption::kUnknown: break;
  }
  return std::nullopt;
}

std::string EndUserChoice::Describe() const {
  switch (mode) {
    case EndUserAssumption::kLocal: return "headquartered in the destination (assumed; --end-user-hq CC|unknown to change)";
    case EndUserAssumption::kFixed: return fmt::format("headquartered in {} for every destination", CountryText(*fixed));
    case EndUserAssumption::kUnknown: return "unknown (rules that depend on it are indeterminate)";
  }
  return "";
}

std::string EndUserChoice::Key() const {
  switch (mode) {
    case EndUserAssumption::kLocal: return "local";
    case EndUserAssumption::kFixed: return fixed->ToString();
    case EndUserAssumption::kUnknown: break;
  }
  return "unknown";
}

}  // namespace chipgate::render
