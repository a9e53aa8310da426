// The catalog's content hash (see catalog.hpp).
#include <algorithm>
#include <set>

#include "catalog/catalog.hpp"
#include "core/sha256.hpp"

namespace chipgate {

std::string CatalogHash(const Catalog& catalog, const SourceSet& sources) {
  std::set<std::uint32_t> files;
  for (const auto& item : catalog.items()) files.insert(item.span.file);
  std::vector<std::string> digests;
  for (const auto f : files) {
    if (f < sources.size()) digests.push_back(Sha256Hex(sources.file(f).text()));
  }
  std::sort(digests.begin(), digests.end());
  Sha256 all;
  for (const auto& d : digests) all.Update(d + "\n");
  return all.HexDigest();
}

}  // namespace chipgate
