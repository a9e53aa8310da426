// Where the CLI finds the catalog: the bundled folder (CHIPGATE_HOME/catalog when that
// variable is set, else the one chosen at build time), then each `--catalog PATH` on top.
// Shared by every subcommand that needs items.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "catalog/catalog.hpp"
#include "cli/core/command.hpp"

namespace chipgate::cli {

// The bundled catalog folder; reads the environment (the edge of the program).
std::string BundledCatalogDir();

// Loads the bundled catalog plus `extra_layers`. On errors, prints every diagnostic to io.err
// and returns nothing (exit 2); warnings are printed too but do not stop the load.
std::optional<Catalog> LoadCatalogForCli(const std::vector<std::string>& extra_layers,
                                         SourceSet& sources, Io& io);

}  // namespace chipgate::cli
