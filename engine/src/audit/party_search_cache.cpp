// The open-addressed cache of party searches (see party_search_cache.hpp): linear probing,
// doubled when half full; the hashes are kept, so growing never reads a key again.
#include "audit/party_search_cache.hpp"

namespace chipgate::audit_detail {
namespace {

constexpr std::size_t kInitialSlots = 1024;

}  // namespace

const std::vector<ListedPartyHit>* PartySearchCache::Find(std::string_view key, std::uint64_t hash) const {
  if (slots_.empty()) return nullptr;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.hits == kFree) return nullptr;
    if (s.hash == hash && s.key_length == key.size() && KeyOf(s) == key) {
      return s.hits == 0 ? &none_ : &hits_[s.hits - 1];
    }
  }
}

const std::vector<ListedPartyHit>& PartySearchCache::Add(std::string_view key, std::uint64_t hash, std::vector<ListedPartyHit> hits) {
  // Offsets are 32-bit: a table whose keys would pass that starts again (no result changes).
  if (keys_.size() + key.size() > UINT32_MAX) Clear();
  if ((size_ + 1) * 2 > slots_.size()) Grow();
  Slot slot;
  slot.hash = hash;
  slot.key_length = static_cast<std::uint32_t>(key.size());
  slot.hits = 0;
  if (key.size() <= kInlineKey) {
    key.copy(slot.inline_key, key.size());
  } else {
    slot.key_offset = static_cast<std::uint32_t>(keys_.size());
    keys_.append(key);
  }
  if (!hits.empty()) {
    hits_.push_back(std::move(hits));
    slot.hits = static_cast<std::uint32_t>(hits_.size());
  }
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = hash & mask;
  while (slots_[i].hits != kFree) i = (i + 1) & mask;
  slots_[i] = slot;
  ++size_;
  return slot.hits == 0 ? none_ : hits_.back();
}

std::string_view PartySearchCache::KeyOf(const Slot& slot) const {
  if (slot.key_length <= kInlineKey) return std::string_view(slot.inline_key, slot.key_length);
  return std::string_view(keys_).substr(slot.key_offset, slot.key_length);
}

void PartySearchCache::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? kInitialSlots : old.size() * 2, Slot{});
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.hits == kFree) continue;
    std::size_t i = s.hash & mask;
    while (slots_[i].hits != kFree) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

void PartySearchCache::Clear() {
  slots_.clear();
  keys_.clear();
  hits_.clear();
  size_ = 0;
}

}  // namespace chipgate::audit_detail
