// The audit's memory of party searches: (role, country, name) → the hits on any date. One
// lookup per party per row, over tens of thousands of names, so the table is open-addressed:
// a slot holds the key's hash and where its bytes are, and a lookup touches the slot, the
// key's bytes and, only when the name has hits (few do), the hits. A node-based map cost a
// chain of cache misses per row here.
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
  // Stores `hits` under `key` (not stored yet); the reference lives until the next Add or Clear.
  const std::vector<ListedPartyHit>& Add(std::string_view key, std::uint64_t hash, std::vector<ListedPartyHit> hits);
  std::size_t size() const { return size_; }
  void Clear();

 private:
  static constexpr std::uint32_t kFree = UINT32_MAX;
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t key_offset = 0;
    std::uint32_t key_length = 0;
    std::uint32_t hits = kFree;  // kFree: an empty slot; 0: no hits; n: hits_[n - 1]
  };
  void Grow();

  std::vector<Slot> slots_;  // a power of two in size, at most half full
  std::string keys_;         // every key's bytes, back to back
  std::vector<std::vector<ListedPartyHit>> hits_;
  std::vector<ListedPartyHit> none_;
  std::size_t size_ = 0;
};

}  // namespace chipgate::audit_detail
