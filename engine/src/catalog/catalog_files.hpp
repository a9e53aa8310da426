// The files of a catalog layer: a .toml file, or a folder searched recursively for .toml files,
// returned sorted by path so that loading (and every diagnostic) is the same on every machine.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "chipgate/diagnostic.hpp"

namespace chipgate::catalog_detail {

// The files of `layer`; a diagnostic (and no files) when it does not exist or cannot be listed.
std::vector<std::string> ListLayerFiles(const std::string& layer, std::vector<Diagnostic>& diagnostics);

// The whole file as bytes; nothing when it cannot be read.
std::optional<std::string> ReadWholeFile(const std::string& path);

}  // namespace chipgate::catalog_detail
