// Test helpers for the catalog: fixture paths under tests/data/catalog and a loaded catalog
// that keeps its SourceSet alive next to the result (diagnostics point into it).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "catalog/catalog.hpp"

namespace chipgate::testing {

// CHIPGATE_SOURCE_DIR/tests/data/catalog/<relative>.
std::string CatalogFixture(std::string_view relative);

struct LoadedCatalog {
  SourceSet sources;
  Result<Catalog> result;

  std::string Rendered() const;  // every diagnostic, as RenderText prints them
};

// Loads fixture layers given relative to tests/data/catalog.
LoadedCatalog LoadFixtures(const std::vector<std::string>& relative_layers);

}  // namespace chipgate::testing
