// Reads one catalog file (one item) into an Item plus the file's diagnostics. Checks that need
// only this file happen here: key names, types, plausible numbers, required keys, dense vs
// sparse figures. Checks across files (duplicate ids, `contains`) are the loader's.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

#include "catalog/catalog.hpp"
#include "chipgate/diagnostic.hpp"

namespace chipgate::catalog_detail {

// Where parts of the item were in its file: a side table for later checks, so that Item itself
// carries no TOML positions beyond its file.
struct ItemLocations {
  Span id;
  std::optional<Span> dense_table;
  std::optional<Span> contains_table;
  std::array<std::optional<Span>, kPrecisionCount> dense{};
};

struct ItemFile {
  // Present when the file parsed and had a valid id, even if other keys had errors: checks
  // across files then see the item and do not pile up follow-on errors ("unknown item").
  std::optional<Item> item;
  ItemLocations at;
  std::vector<Diagnostic> diagnostics;
};

// Reads file `file_id` of `sources`.
ItemFile ReadItemFile(const SourceSet& sources, std::uint32_t file_id);

}  // namespace chipgate::catalog_detail
