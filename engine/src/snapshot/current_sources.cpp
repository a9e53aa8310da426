// Re-walking and re-reading a snapshot's sources (see current_sources.hpp). The rule tree is
// walked as LoadRules walks it, without parsing: the includes it followed are in the snapshot's
// walk, and they are the same includes now because every file's content is compared. What the
// walk depends on besides contents (each root's files, where every path leads, and so which
// files are read once and which stay inside their tree) is recomputed and compared.
#include "snapshot/current_sources.hpp"

#include <set>

#include "catalog/catalog_files.hpp"
#include "check/rule_files.hpp"

namespace chipgate::snapshot {
namespace {

namespace fs = std::filesystem;

// The paths a full load would read, in order, or nothing when the walk differs from `walk`.
std::optional<std::vector<std::string>> RulePaths(const std::vector<std::string>& roots, const RuleTreeWalk& walk) {
  if (walk.boundaries.size() != roots.size()) return std::nullopt;
  std::vector<std::string> paths;
  std::set<std::string> seen;
  std::size_t next = 0;
  // A stored file is current when it leads where it led; it then counts as read.
  const auto take = [&](const std::string& path, const std::string& resolved) {
    const RuleFileRead& f = walk.files[next];
    if (f.path != path || resolved != f.resolved) return false;
    seen.insert(f.resolved);
    paths.push_back(fs::path(path).lexically_normal().string());
    ++next;
    return true;
  };
  for (std::size_t r = 0; r < roots.size(); ++r) {
    if (RuleTreeBoundary(roots[r]).string() != walk.boundaries[r]) return std::nullopt;
    const std::vector<fs::path> files = RuleRootFiles(roots[r]);
    if (files.empty()) return std::nullopt;  // the loader's E0001
    for (const auto& file : files) {
      const std::string resolved = ResolvedRulePath(file).string();
      if (seen.count(resolved) != 0) continue;
      if (next >= walk.files.size() || !walk.files[next].from_root || !take(file.string(), resolved)) return std::nullopt;
      while (next < walk.files.size() && !walk.files[next].from_root) {
        const std::string& included = walk.files[next].path;
        if (!take(included, ResolvedRulePath(included).string())) return std::nullopt;
      }
    }
  }
  if (next != walk.files.size()) return std::nullopt;
  return paths;
}

std::optional<std::vector<std::string>> CatalogPaths(const std::vector<std::string>& layers) {
  std::vector<std::string> paths;
  std::vector<Diagnostic> diagnostics;
  for (const auto& layer : layers) {
    for (auto& path : catalog_detail::ListLayerFiles(layer, diagnostics)) paths.push_back(std::move(path));
  }
  if (!diagnostics.empty()) return std::nullopt;
  return paths;
}

// Reads `path` into `sources` when it still has the stored name and digest.
bool AddIfSame(SourceSet& sources, const std::string& path, std::optional<std::string> text, const StoredSource& stored) {
  if (!text || path != stored.path) return false;
  Sha256 h;
  h.Update(*text);
  if (h.Finish() != stored.sha256) return false;
  sources.Add(path, std::move(*text));
  return true;
}

}  // namespace

std::optional<SourceSet> CurrentSources(const LoadKey& key, const std::vector<StoredSource>& stored, const Origin& origin) {
  const auto catalog = CatalogPaths(key.catalog_layers);
  if (!catalog || catalog->size() != origin.catalog_files) return std::nullopt;
  const auto rules = RulePaths(key.rule_roots, origin.rules);
  if (!rules || catalog->size() + rules->size() != stored.size()) return std::nullopt;
  SourceSet sources;
  std::string error;
  for (std::size_t i = 0; i < catalog->size(); ++i) {
    if (!AddIfSame(sources, (*catalog)[i], catalog_detail::ReadWholeFile((*catalog)[i], error), stored[i])) return std::nullopt;
  }
  for (std::size_t i = 0; i < rules->size(); ++i) {
    const std::size_t at = catalog->size() + i;
    if (!AddIfSame(sources, (*rules)[i], ReadRuleFile(origin.rules.files[i].path, error), stored[at])) return std::nullopt;
  }
  return sources;
}

}  // namespace chipgate::snapshot
