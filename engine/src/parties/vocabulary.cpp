// Vocabulary (see vocabulary.hpp).
#include "parties/vocabulary.hpp"

#include <algorithm>
#include <functional>

#include "parties/jaro_winkler.hpp"

namespace chipgate::parties {
namespace {

// Shorter tokens would share their deletions with too many others to be worth a lookup;
// longer ones are looked up exactly (hashing every deletion costs length squared).
constexpr std::size_t kMinFuzzyBytes = 4;
constexpr std::size_t kMaxFuzzyBytes = 40;

// FNV-1a of `token` without its byte at `skip` (npos: the whole token), computed in place so
// that probing a token's deletions allocates nothing. Collisions only add candidates, which the
// Jaro-Winkler check then drops.
std::uint64_t HashWithout(std::string_view token, std::size_t skip) {
  std::uint64_t h = 14695981039346656037ULL;
  for (std::size_t i = 0; i < token.size(); ++i) {
    if (i == skip) continue;
    h = (h ^ static_cast<unsigned char>(token[i])) * 1099511628211ULL;
  }
  return h;
}

// Calls `each` with the hash of the token and of every one-byte deletion of it.
template <class Each>
void ForEachKey(std::string_view token, Each each) {
  each(HashWithout(token, std::string_view::npos));
  for (std::size_t i = 0; i < token.size(); ++i) each(HashWithout(token, i));
}

std::size_t SlotCount(std::size_t keys) {
  std::size_t n = 16;
  while (n < keys * 2) n *= 2;
  return n;
}

}  // namespace

std::uint32_t Vocabulary::Add(std::string_view token) {
  if (const auto it = ids_.find(token); it != ids_.end()) return it->second;
  const auto id = static_cast<std::uint32_t>(texts_.size());
  ids_.emplace(std::string(token), id);
  texts_.emplace_back(token);
  return id;
}

std::optional<std::uint32_t> Vocabulary::Find(std::string_view token) const {
  const auto it = ids_.find(token);
  return it == ids_.end() ? std::nullopt : std::optional<std::uint32_t>(it->second);
}

void Vocabulary::Freeze() {
  std::vector<std::pair<std::uint64_t, std::uint32_t>> keys;  // (hash of a key, token)
  for (std::uint32_t id = 0; id < texts_.size(); ++id) {
    if (texts_[id].size() < kMinFuzzyBytes || texts_[id].size() > kMaxFuzzyBytes) continue;
    ForEachKey(texts_[id], [&](std::uint64_t h) { keys.emplace_back(h, id); });
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  deletion_tokens_.clear();
  slots_.assign(SlotCount(keys.size()), Slot{});
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = 0; i < keys.size();) {
    Slot slot{keys[i].first, static_cast<std::uint32_t>(deletion_tokens_.size()), 0};
    for (; i < keys.size() && keys[i].first == slot.hash; ++i, ++slot.count) deletion_tokens_.push_back(keys[i].second);
    std::size_t at = slot.hash & mask;
    while (slots_[at].count != 0) at = (at + 1) & mask;
    slots_[at] = slot;
  }
}

void Vocabulary::ForEachNeighbour(std::string_view token, std::vector<std::uint32_t>& out) const {
  if (slots_.empty()) return;
  const std::size_t mask = slots_.size() - 1;
  ForEachKey(token, [&](std::uint64_t h) {
    for (std::size_t at = h & mask; slots_[at].count != 0; at = (at + 1) & mask) {
      if (slots_[at].hash != h) continue;
      const Slot& s = slots_[at];
      out.insert(out.end(), deletion_tokens_.begin() + s.begin, deletion_tokens_.begin() + s.begin + s.count);
      return;
    }
  });
}

std::vector<SimilarToken> Vocabulary::Similar(std::string_view token, double min) const {
  std::vector<SimilarToken> out;
  const std::optional<std::uint32_t> exact = Find(token);
  if (exact) out.push_back({*exact, 1.0F});
  if (token.size() < kMinFuzzyBytes || token.size() > kMaxFuzzyBytes) return out;
  std::vector<std::uint32_t> seen;
  ForEachNeighbour(token, seen);
  std::sort(seen.begin(), seen.end());
  seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
  for (const std::uint32_t id : seen) {
    if (exact && id == *exact) continue;
    const double s = JaroWinkler(token, texts_[id]);
    if (s >= min) out.push_back({id, static_cast<float>(s)});
  }
  std::stable_sort(out.begin(), out.end(), [](const SimilarToken& a, const SimilarToken& b) { return a.similarity > b.similarity; });
  return out;
}

}  // namespace chipgate::parties
