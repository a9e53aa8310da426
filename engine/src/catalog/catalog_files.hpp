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

// The whole file as bytes when it is a regular file within the size limit; else nothing, with
// `error` saying why.
std::optional<std::string> ReadWholeFile(const std::string& path, std::string& error);

}  // namespace chipgate::catalog_detail
