// The bytes of a snapshot file: a header (magic, format version, byte order, payload size and a
// checksum of the payload, so truncation or a flipped byte is caught before anything is
// decoded) and the payload, whose one field list (Fields(Contents)) both Encode and Decode follow.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/sha256.hpp"
#include "snapshot/catalog_fields.hpp"
#include "snapshot/snapshot.hpp"

namespace chipgate::snapshot {

// Bump when the meaning of the payload changes in a way the field lists do not show.
inline constexpr std::uint32_t kFormatVersion = 2;

struct StoredSource {
  std::string path;  // as in the SourceSet
  Sha256::Digest sha256{};
};

struct Contents {
  std::string build;  // BuildIdentity() of the writer
  LoadKey key;
  std::vector<StoredSource> sources;  // the SourceSet's files, in order
  Origin origin;
  Model model;
  std::vector<Item> items;
  std::string catalog_hash;
};

std::string Encode(const Contents& contents);
// Nothing when the bytes are not a whole, intact snapshot of this format.
std::optional<Contents> Decode(std::string_view bytes);

template <class A>
void Fields(A& ar, LoadKey& k) {
  auto& [data_dir, rule_roots, catalog_layers] = k;
  ar(data_dir, rule_roots, catalog_layers);
}

template <class A>
void Fields(A& ar, RuleFileRead& f) {
  auto& [path, resolved, from_root] = f;
  ar(path, resolved, from_root);
}

template <class A>
void Fields(A& ar, RuleTreeWalk& w) {
  auto& [boundaries, files] = w;
  ar(boundaries, files);
}

template <class A>
void Fields(A& ar, Origin& o) {
  auto& [catalog_files, rules] = o;
  ar(catalog_files, rules);
}

template <class A>
void Fields(A& ar, StoredSource& s) {
  auto& [path, sha256] = s;
  ar(path, sha256);
}

template <class A>
void Fields(A& ar, Contents& c) {
  auto& [build, key, sources, origin, model, items, catalog_hash] = c;
  ar(build, key, sources, origin, model, items, catalog_hash);
}

}  // namespace chipgate::snapshot
