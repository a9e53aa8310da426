// Listing and reading the files of catalog layers (see catalog_files.hpp). Uses error_code
// overloads throughout: a missing folder is the user's mistake, reported as a diagnostic.
#include "catalog/catalog_files.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

#include "catalog/catalog_codes.hpp"
#include "text/regular_file.hpp"

namespace chipgate::catalog_detail {
namespace {

namespace fs = std::filesystem;

Diagnostic Unreadable(const std::string& path, const std::string& why) {
  Diagnostic d = Error(codes::kUnreadable, fmt::format("cannot read catalog path: {}", why));
  d.path = path;
  return d;
}

std::vector<std::string> TomlFilesUnder(const std::string& folder, std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> files;
  std::error_code ec;
  fs::recursive_directory_iterator it(folder, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_regular_file(ec) && it->path().extension() == ".toml") {
      files.push_back(it->path().generic_string());
    }
  }
  if (ec) diagnostics.push_back(Unreadable(folder, ec.message()));
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

std::vector<std::string> ListLayerFiles(const std::string& layer, std::vector<Diagnostic>& diagnostics) {
  std::error_code ec;
  const fs::file_status status = fs::status(layer, ec);
  if (fs::is_directory(status)) return TomlFilesUnder(layer, diagnostics);
  if (fs::is_regular_file(status)) return {layer};
  diagnostics.push_back(Unreadable(layer, fs::exists(status) ? "neither a file nor a folder"
                                                             : "no such file or folder"));
  return {};
}

std::optional<std::string> ReadWholeFile(const std::string& path, std::string& error) {
  // Catalog files are a few kilobytes; the limit only stops a hostile or mistaken path.
  constexpr std::size_t kMaxCatalogFileBytes = std::size_t{4} << 20;
  return ReadRegularFile(path, kMaxCatalogFileBytes, error);
}

}  // namespace chipgate::catalog_detail
