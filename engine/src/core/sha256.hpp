// SHA-256 (FIPS 180-4), written out here so that the hashes of the rules, the catalog and the
// input logs that every decision records need no crypto library: linking OpenSSL's libcrypto
// costs a process more start-up time (about 2.5 ms) than it saves on the few hundred kilobytes a
// command hashes, and the CPU's SHA instructions are used directly when present. Only hashing: no HMAC, no
// constant-time promises (we hash public files, not secrets).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace chipgate {

// An incremental hasher: feed bytes in any number of Update() calls, then read the digest.
// Reading the digest does not end the hash; more Update() calls continue the same message.
class Sha256 {
 public:
  static constexpr std::size_t kDigestBytes = 32;
  using Digest = std::array<std::uint8_t, kDigestBytes>;

  Sha256();

  void Update(std::string_view bytes);
  // The digest of everything fed so far (finishes a copy of the state).
  Digest Finish() const;
  // The same, as 64 lower-case hex digits.
  std::string HexDigest() const;

 private:
  static constexpr std::size_t kBlockBytes = 64;

  void CompressBlocks(const std::uint8_t* data, std::size_t blocks);

  std::array<std::uint32_t, 8> state_;
  std::array<std::uint8_t, kBlockBytes> buffer_{};
  std::size_t buffered_ = 0;         // bytes waiting in buffer_
  std::uint64_t message_bytes_ = 0;  // total fed, for the length field of the padding
};

// The hex SHA-256 of `bytes` in one call.
std::string Sha256Hex(std::string_view bytes);

}  // namespace chipgate
