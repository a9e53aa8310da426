// The distinct tokens of every indexed name, with a fuzzy lookup: each token of four bytes or
// more is stored under itself and its one-byte deletions (the "symmetric delete" scheme), so a
// query token finds every vocabulary token within one edit, and most within two (a substitution
// or a transposition), with (length + 1) probes of an open-addressing hash table and no scan of
// the vocabulary.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace chipgate::parties {

struct SimilarToken {
  std::uint32_t id = 0;
  float similarity = 0;  // Jaro-Winkler
};

class Vocabulary {
 public:
  std::uint32_t Add(std::string_view token);  // the token's id, new or existing
  std::optional<std::uint32_t> Find(std::string_view token) const;
  const std::string& text(std::uint32_t id) const { return texts_[id]; }
  std::size_t size() const { return texts_.size(); }

  // Builds the deletion table; call once after the last Add.
  void Freeze();
  // Vocabulary tokens whose Jaro-Winkler similarity to `token` is at least `min` (the token
  // itself with 1.0 when present), best first. Needs Freeze().
  std::vector<SimilarToken> Similar(std::string_view token, double min) const;

 private:
  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  // One slot per distinct deletion key: its hash and its tokens in `deletion_tokens_`.
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t begin = 0;
    std::uint32_t count = 0;  // 0: empty slot
  };
  void ForEachNeighbour(std::string_view token, std::vector<std::uint32_t>& out) const;

  std::unordered_map<std::string, std::uint32_t, StringHash, std::equal_to<>> ids_;
  std::vector<std::string> texts_;
  std::vector<Slot> slots_;                      // open addressing, size a power of two
  std::vector<std::uint32_t> deletion_tokens_;   // token ids grouped by key
};

}  // namespace chipgate::parties
