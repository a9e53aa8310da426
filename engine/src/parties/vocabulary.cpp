// Vocabulary (see vocabulary.hpp).
#include "parties/vocabulary.hpp"

#include <algorithm>
#include <functional>

#include "parties/jaro_winkler.hpp"

namespace chipgate::parties {
namespace {

// Shorter tokens would share their deletions with too many others to be worth a lookup.
constexpr std::size_t kMinFuzzyBytes = 4;

std::uint64_t Hash(std::string_view s) { return std::hash<std::string_view>{}(s); }

// Calls `each` with the token and every one-byte deletion of it.
template <class Each>
void ForEachKey(std::string_view token, Each each) {
  each(token);
  std::string key;
  for (std::size_t i = 0; i < token.size(); ++i) {
    key.assign(token.substr(0, i)).append(token.substr(i + 1));
    each(std::string_view(key));
  }
}

}  // namespace

std::uint32_t Vocabulary::Add(std::string_view token) {
  const auto [it, inserted] = ids_.try_emplace(std::string(token), static_cast<std::uint32_t>(texts_.size()));
  if (inserted) texts_.emplace_back(token);
  return it->second;
}

std::optional<std::uint32_t> Vocabulary::Find(std::string_view token) const {
  const auto it = ids_.find(std::string(token));
  return it == ids_.end() ? std::nullopt : std::optional<std::uint32_t>(it->second);
}

void Vocabulary::Freeze() {
  deletions_.clear();
  for (std::uint32_t id = 0; id < texts_.size(); ++id) {
    if (texts_[id].size() < kMinFuzzyBytes) continue;
    ForEachKey(texts_[id], [&](std::string_view key) { deletions_.emplace_back(Hash(key), id); });
  }
  std::sort(deletions_.begin(), deletions_.end());
  deletions_.erase(std::unique(deletions_.begin(), deletions_.end()), deletions_.end());
}

std::vector<SimilarToken> Vocabulary::Similar(std::string_view token, double min) const {
  std::vector<SimilarToken> out;
  if (const auto exact = Find(token)) out.push_back({*exact, 1.0F});
  if (token.size() < kMinFuzzyBytes) return out;
  std::vector<std::uint32_t> seen;
  ForEachKey(token, [&](std::string_view key) {
    const std::uint64_t h = Hash(key);
    auto it = std::lower_bound(deletions_.begin(), deletions_.end(), std::make_pair(h, std::uint32_t{0}));
    for (; it != deletions_.end() && it->first == h; ++it) seen.push_back(it->second);
  });
  std::sort(seen.begin(), seen.end());
  seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
  for (const std::uint32_t id : seen) {
    if (!out.empty() && out.front().id == id && out.front().similarity == 1.0F) continue;
    const double s = JaroWinkler(token, texts_[id]);
    if (s >= min) out.push_back({id, static_cast<float>(s)});
  }
  std::stable_sort(out.begin(), out.end(), [](const SimilarToken& a, const SimilarToken& b) { return a.similarity > b.similarity; });
  return out;
}

}  // namespace chipgate::parties
