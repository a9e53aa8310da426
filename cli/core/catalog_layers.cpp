// Catalog layers for the CLI (see catalog_layers.hpp).
#include "cli/core/catalog_layers.hpp"

#include <fmt/format.h>

#include <cstdlib>
#include <filesystem>

namespace chipgate::cli {

std::string BundledCatalogDir() {
  const char* home = std::getenv("CHIPGATE_HOME");
  if (home != nullptr && *home != '\0') return std::string(home) + "/catalog";
  return CHIPGATE_DEFAULT_DATA_DIR "/catalog";
}

std::optional<Catalog> LoadCatalogForCli(const std::vector<std::string>& extra_layers,
                                         SourceSet& sources, Io& io) {
  std::vector<std::string> layers = {BundledCatalogDir()};
  layers.insert(layers.end(), extra_layers.begin(), extra_layers.end());
  Result<Catalog> loaded = LoadCatalog(layers, sources);
  if (!loaded.diagnostics.empty()) fmt::print(io.err, "{}", RenderText(loaded.diagnostics, sources));
  if (!loaded.ok()) {
    std::error_code ec;
    if (!std::filesystem::is_directory(layers.front(), ec)) {
      fmt::print(io.err, "help: the bundled catalog `{}` is missing; set CHIPGATE_HOME to a folder "
                         "containing `catalog/`\n", layers.front());
    }
    return std::nullopt;
  }
  return std::move(loaded.value);
}

}  // namespace chipgate::cli
