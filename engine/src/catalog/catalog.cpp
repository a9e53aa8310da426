// The loaded catalog: items sorted by id, so lookups are binary searches and every listing is
// in a stable order.
#include <algorithm>

#include "catalog/catalog.hpp"

namespace chipgate {

Catalog::Catalog(std::vector<Item> items) : items_(std::move(items)) {
  std::sort(items_.begin(), items_.end(), [](const Item& a, const Item& b) { return a.id < b.id; });
}

std::optional<std::size_t> Catalog::IndexOf(std::string_view id) const {
  const auto it = std::lower_bound(items_.begin(), items_.end(), id,
                                   [](const Item& item, std::string_view key) { return item.id < key; });
  if (it == items_.end() || it->id != id) return std::nullopt;
  return static_cast<std::size_t>(it - items_.begin());
}

const Item* Catalog::Find(std::string_view id) const {
  const auto index = IndexOf(id);
  return index ? &items_[*index] : nullptr;
}

}  // namespace chipgate
