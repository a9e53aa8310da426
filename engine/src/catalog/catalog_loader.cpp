// LoadCatalog: reads every layer's files, checks ids within each layer, lets later layers
// replace earlier items, then checks `contains` across the merged result. All problems are
// collected (one bad file never hides another) and sorted by file, line and column.
#include <fmt/format.h>

#include <map>

#include "catalog/catalog_codes.hpp"
#include "catalog/catalog_files.hpp"
#include "catalog/contains_checks.hpp"
#include "catalog/toml_item_reader.hpp"
#include "catalog/catalog.hpp"

namespace chipgate {
namespace {

using catalog_detail::ItemFile;

std::string Where(const SourceSet& sources, Span span) {
  const SourceFile& file = sources.file(span.file);
  const LineColumn lc = file.Locate(span.begin);
  return fmt::format("{}:{}:{}", file.path(), lc.line, lc.column);
}

// The items of one layer by id; a second file with an id already in the layer is an error.
std::map<std::string, ItemFile> ReadLayer(const std::string& layer, SourceSet& sources,
                                          std::vector<Diagnostic>& diagnostics) {
  std::map<std::string, ItemFile> items;
  for (const std::string& path : catalog_detail::ListLayerFiles(layer, diagnostics)) {
    std::string error;
    std::optional<std::string> text = catalog_detail::ReadWholeFile(path, error);
    if (!text) {
      Diagnostic d = Error(catalog_detail::codes::kUnreadable, fmt::format("cannot read catalog file: {}", error));
      d.path = path;
      diagnostics.push_back(std::move(d));
      continue;
    }
    ItemFile read = catalog_detail::ReadItemFile(sources, sources.Add(path, std::move(*text)));
    diagnostics.insert(diagnostics.end(), read.diagnostics.begin(), read.diagnostics.end());
    if (!read.item) continue;
    const auto [it, inserted] = items.try_emplace(read.item->id, std::move(read));
    if (inserted) continue;
    Diagnostic d = Error(catalog_detail::codes::kDuplicateId,
                         fmt::format("duplicate id `{}`", it->first), read.at.id);
    d.notes.push_back(fmt::format("first defined at {}", Where(sources, it->second.at.id)));
    d.help = "ids must be unique within a catalog layer; a later `--catalog` layer may replace one";
    diagnostics.push_back(std::move(d));
  }
  return items;
}

}  // namespace

Result<Catalog> LoadCatalog(const std::vector<std::string>& layers, SourceSet& sources) {
  std::vector<Diagnostic> diagnostics;
  std::map<std::string, Item> merged;
  for (const std::string& layer : layers) {
    for (auto& [id, read] : ReadLayer(layer, sources, diagnostics)) {
      merged.insert_or_assign(id, std::move(*read.item));
    }
  }
  catalog_detail::CheckContains(merged, diagnostics);
  SortDiagnostics(diagnostics, sources);
  if (HasErrors(diagnostics)) return {std::nullopt, std::move(diagnostics)};
  std::vector<Item> items;
  items.reserve(merged.size());
  for (auto& [id, item] : merged) items.push_back(std::move(item));
  return {Catalog(std::move(items)), std::move(diagnostics)};
}

}  // namespace chipgate
