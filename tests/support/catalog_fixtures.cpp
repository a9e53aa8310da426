// Catalog fixture helpers (see catalog_fixtures.hpp).
#include "support/catalog_fixtures.hpp"

namespace chipgate::testing {

std::string CatalogFixture(std::string_view relative) {
  return std::string(CHIPGATE_SOURCE_DIR) + "/tests/data/catalog/" + std::string(relative);
}

std::string LoadedCatalog::Rendered() const { return RenderText(result.diagnostics, sources, 100); }

LoadedCatalog LoadFixtures(const std::vector<std::string>& relative_layers) {
  std::vector<std::string> layers;
  for (const auto& layer : relative_layers) layers.push_back(CatalogFixture(layer));
  LoadedCatalog loaded;
  loaded.result = LoadCatalog(layers, loaded.sources);
  return loaded;
}

}  // namespace chipgate::testing
