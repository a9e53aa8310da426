// Reading and writing snapshots (see snapshot.hpp): naming the file, then the format, the
// build identity and the sources' check, each in its own file.
#include "snapshot/snapshot.hpp"

#include <unistd.h>

#include <algorithm>
#include <climits>
#include <filesystem>

#include "snapshot/build_identity.hpp"
#include "snapshot/cache_file.hpp"
#include "snapshot/current_sources.hpp"
#include "snapshot/snapshot_format.hpp"

namespace chipgate::snapshot {
namespace {

bool AnyRelative(const LoadKey& key) {
  const auto relative = [](const std::string& p) { return std::filesystem::path(p).is_relative(); };
  return relative(key.data_dir) || std::any_of(key.rule_roots.begin(), key.rule_roots.end(), relative) ||
         std::any_of(key.catalog_layers.begin(), key.catalog_layers.end(), relative);
}

// One file per load shape (and working folder, when a relative path means a different tree in
// each folder), so loading two rule trees alternately does not evict one with the other. The
// name only spreads snapshots out; whether one is current is checked on its contents.
std::string FileName(const LoadKey& key) {
  Sha256 h;
  const auto add = [&h](const std::string& s) { h.Update(std::to_string(s.size()) + ":" + s); };
  char cwd[PATH_MAX];
  if (AnyRelative(key)) add(::getcwd(cwd, sizeof cwd) != nullptr ? cwd : "");
  add(key.data_dir);
  for (const auto& r : key.rule_roots) add("rules " + r);
  for (const auto& c : key.catalog_layers) add("catalog " + c);
  return "load-" + h.HexDigest().substr(0, 24) + ".snapshot";
}

bool SameKey(const LoadKey& a, const LoadKey& b) {
  return a.data_dir == b.data_dir && a.rule_roots == b.rule_roots && a.catalog_layers == b.catalog_layers;
}

}  // namespace

std::optional<Loaded> ReadSnapshot(const std::string& cache_dir, const LoadKey& key) {
  const std::optional<std::string> build = BuildIdentity();
  if (cache_dir.empty() || !build) return std::nullopt;
  const std::optional<std::string> bytes = ReadCacheFile(cache_dir + "/" + FileName(key));
  if (!bytes) return std::nullopt;
  std::optional<Contents> contents = Decode(*bytes);
  if (!contents || contents->build != *build || !SameKey(contents->key, key)) return std::nullopt;
  std::optional<SourceSet> sources = CurrentSources(key, contents->sources, contents->origin);
  if (!sources) return std::nullopt;
  Loaded loaded;
  loaded.sources = std::move(*sources);
  loaded.model = std::move(contents->model);
  loaded.catalog = Catalog(std::move(contents->items));
  loaded.catalog_hash = std::move(contents->catalog_hash);
  return loaded;
}

void WriteSnapshot(const std::string& cache_dir, const LoadKey& key, const Loaded& loaded, const Origin& origin) {
  const std::optional<std::string> build = BuildIdentity();
  if (cache_dir.empty() || !build) return;
  Contents contents;
  contents.build = *build;
  contents.key = key;
  for (std::uint32_t i = 0; i < loaded.sources.size(); ++i) {
    const SourceFile& file = loaded.sources.file(i);
    Sha256 h;
    h.Update(file.text());
    contents.sources.push_back({file.path(), h.Finish()});
  }
  contents.origin = origin;
  contents.model = loaded.model;
  contents.items = loaded.catalog.items();
  contents.catalog_hash = loaded.catalog_hash;
  WriteCacheFile(cache_dir, FileName(key), Encode(contents));
}

}  // namespace chipgate::snapshot
