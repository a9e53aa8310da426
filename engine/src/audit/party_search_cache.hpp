// The audit's memory of party searches: (role, country, name) → the hits on any date. One
// lookup per party per row, over tens of thousands of names, so the table is open-addressed:
// a slot is one cache line holding the key's hash and, when it is short (most names are), the
// key's bytes, so a lookup touches one line and, only when the name has hits (few do), the
// hits. A node-based map cost a chain of cache misses per row here; keeping every key apart
// from its slot cost a second miss per lookup.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "audit/party_lookup.hpp"

namespace chipgate::audit_detail {

class PartySearchCache {
 public:
  // The hits stored under `key` (whose hash is `hash`), or null when none are stored. The
  // pointer lives until the next Add or Clear.
  const std::vector<ListedPartyHit>* Find(std::string_view key, std::uint64_t hash) const;
  // Starts loading the slot where a Find of `hash` begins, for a row about to be screened:
  // the load then overlaps the work on the row before it.
  void Prefetch(std::uint64_t hash) const {
    if (slots_.empty()) return;
    const Slot* slot = &slots_[hash & (slots_.size() - 1)];
    __builtin_prefetch(slot);
    // GCC 12 counts a prefetch as no effect, finds this function (and RowPartyScreen::Prefetch)
    // pure, and drops the call whose result is unused: the prefetch never ran. An empty
    // volatile asm that uses the address is an effect it must keep; it emits no instruction.
    asm volatile("" : : "r"(slot));
  }
  // Stores `hits` under `key` (not stored yet); the reference lives until the next Add or Clear.
  const std::vector<ListedPartyHit>& Add(std::string_view key, std::uint64_t hash, std::vector<ListedPartyHit> hits);
  std::size_t size() const { return size_; }
  void Clear();

 private:
  static constexpr std::uint32_t kFree = UINT32_MAX;
  static constexpr std::size_t kSlotBytes = 64;
  static constexpr std::size_t kInlineKey = kSlotBytes - 20;
  struct alignas(kSlotBytes) Slot {
    std::uint64_t hash = 0;
    std::uint32_t key_offset = 0;  // in keys_, for a key longer than kInlineKey
    std::uint32_t key_length = 0;
    std::uint32_t hits = kFree;  // kFree: an empty slot; 0: no hits; n: hits_[n - 1]
    char inline_key[kInlineKey] = {};
  };
  static_assert(sizeof(Slot) == kSlotBytes);
  std::string_view KeyOf(const Slot& slot) const;
  void Grow();

  std::vector<Slot> slots_;  // a power of two in size, at most half full
  std::string keys_;         // the bytes of the longer keys, back to back
  std::vector<std::vector<ListedPartyHit>> hits_;
  std::vector<ListedPartyHit> none_;
  std::size_t size_ = 0;
};

}  // namespace chipgate::audit_detail
