// A snapshot of a load: everything LoadState computes from the rule and catalog files (the
// sources in reading order, the checked Model, the Catalog and its hash), stored in a cache
// folder after a full load and used instead of parsing when it is provably current.
//
// "Provably current" is checked exactly, failing closed: the snapshot is used only when it was
// written by this very chipgate executable, for the same data folder, rule roots and catalog
// layers, and when walking the rule roots and catalog layers as the loaders do finds the same
// files in the same order, leading to the same places, with the same SHA-256 each (every file is
// read anyway: spans and diagnostics point into the texts). Anything else (a missing, truncated,
// corrupt or foreign snapshot, a changed file) reads as "no snapshot", never as an error.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "catalog/catalog.hpp"
#include "check/model.hpp"
#include "check/rule_files.hpp"
#include "chipgate/source.hpp"

namespace chipgate::snapshot {

// What shapes a load besides the files' contents.
struct LoadKey {
  std::string data_dir;
  std::vector<std::string> rule_roots;      // as LoadRules gets them
  std::vector<std::string> catalog_layers;  // as LoadCatalog gets them
};

// What a load computes from the files.
struct Loaded {
  SourceSet sources;
  Model model;
  Catalog catalog;
  std::string catalog_hash;
};

// Where the sources came from, as the loaders walked to them: the first `catalog_files` sources
// are the catalog layers' files, the rest are the rule files of `rules`, in the same order.
struct Origin {
  std::uint32_t catalog_files = 0;
  RuleTreeWalk rules;
};

// The snapshot for `key` in `cache_dir` when it exists and is current; else nothing.
std::optional<Loaded> ReadSnapshot(const std::string& cache_dir, const LoadKey& key);

// Stores `loaded` for `key` (atomically: readers see the old snapshot or the new one). Failing
// to write is not an error: the next load just parses again.
void WriteSnapshot(const std::string& cache_dir, const LoadKey& key, const Loaded& loaded, const Origin& origin);

}  // namespace chipgate::snapshot
