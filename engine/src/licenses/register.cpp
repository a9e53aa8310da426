// The register's lookup by number (see licenses.hpp).
#include "licenses/licenses.hpp"

namespace chipgate::licenses {

std::optional<std::uint32_t> Register::Find(std::string_view number) const {
  const auto it = by_number_.find(number);
  if (it == by_number_.end()) return std::nullopt;
  return it->second;
}

bool Register::Add(License license) {
  const auto index = static_cast<std::uint32_t>(licenses_.size());
  if (!by_number_.emplace(license.number, index).second) return false;
  licenses_.push_back(std::move(license));
  return true;
}

}  // namespace chipgate::licenses
