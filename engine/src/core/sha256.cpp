// SHA-256 compression and padding, following FIPS 180-4 sections 5 and 6.2; the compression
// runs on the CPU's SHA extensions when it has them (sha256_x86.cpp).
#include "core/sha256.hpp"

#include <algorithm>
#include <cstring>

#include "core/sha256_blocks.hpp"

namespace chipgate {
namespace {

constexpr std::array<std::uint32_t, 8> kInitialState = {
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

constexpr std::uint32_t Rotr(std::uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

std::uint32_t LoadBigEndian(const std::uint8_t* p) {
  return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) |
         std::uint32_t{p[3]};
}

// The 64-word message schedule of one block (FIPS 180-4 6.2.2 step 1).
std::array<std::uint32_t, 64> Schedule(const std::uint8_t* block) {
  std::array<std::uint32_t, 64> w;
  for (std::size_t t = 0; t < 16; ++t) w[t] = LoadBigEndian(block + 4 * t);
  for (std::size_t t = 16; t < 64; ++t) {
    const std::uint32_t s0 = Rotr(w[t - 15], 7) ^ Rotr(w[t - 15], 18) ^ (w[t - 15] >> 3);
    const std::uint32_t s1 = Rotr(w[t - 2], 17) ^ Rotr(w[t - 2], 19) ^ (w[t - 2] >> 10);
    w[t] = w[t - 16] + s0 + w[t - 7] + s1;
  }
  return w;
}

void CompressOne(sha256_detail::State& state, const std::uint8_t* block) {
  using sha256_detail::kRoundConstants;
  const std::array<std::uint32_t, 64> w = Schedule(block);
  std::uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
  std::uint32_t e = state[4], f = state[5], g = state[6], h = state[7];
  for (std::size_t t = 0; t < 64; ++t) {
    const std::uint32_t sigma1 = Rotr(e, 6) ^ Rotr(e, 11) ^ Rotr(e, 25);
    const std::uint32_t choose = (e & f) ^ (~e & g);
    const std::uint32_t t1 = h + sigma1 + choose + kRoundConstants[t] + w[t];
    const std::uint32_t sigma0 = Rotr(a, 2) ^ Rotr(a, 13) ^ Rotr(a, 22);
    const std::uint32_t majority = (a & b) ^ (a & c) ^ (b & c);
    h = g;
    g = f;
    f = e;
    e = d + t1;
    d = c;
    c = b;
    b = a;
    a = t1 + sigma0 + majority;
  }
  state[0] += a, state[1] += b, state[2] += c, state[3] += d;
  state[4] += e, state[5] += f, state[6] += g, state[7] += h;
}

// Asked once per process: the CPU does not change under a running program, and cpuid is slow
// in a virtual machine.
bool UseShaExtensions() {
  static const bool kUse = sha256_detail::CpuHasShaExtensions();
  return kUse;
}

}  // namespace

void sha256_detail::CompressPortable(State& state, const std::uint8_t* data, std::size_t blocks) {
  for (; blocks > 0; --blocks, data += 64) CompressOne(state, data);
}

Sha256::Sha256() : state_(kInitialState) {}

void Sha256::CompressBlocks(const std::uint8_t* data, std::size_t blocks) {
  if (UseShaExtensions()) {
    sha256_detail::CompressShaExtensions(state_, data, blocks);
  } else {
    sha256_detail::CompressPortable(state_, data, blocks);
  }
}

void Sha256::Update(std::string_view bytes) {
  const auto* p = reinterpret_cast<const std::uint8_t*>(bytes.data());
  std::size_t left = bytes.size();
  message_bytes_ += left;
  if (buffered_ > 0) {
    const std::size_t take = std::min(left, kBlockBytes - buffered_);
    std::memcpy(buffer_.data() + buffered_, p, take);
    buffered_ += take, p += take, left -= take;
    if (buffered_ < kBlockBytes) return;
    CompressBlocks(buffer_.data(), 1);
    buffered_ = 0;
  }
  // Whole blocks straight from the caller's memory: no copy on the bulk path.
  const std::size_t blocks = left / kBlockBytes;
  CompressBlocks(p, blocks);
  p += blocks * kBlockBytes, left -= blocks * kBlockBytes;
  std::memcpy(buffer_.data(), p, left);
  buffered_ = left;
}

Sha256::Digest Sha256::Finish() const {
  Sha256 copy = *this;
  // Padding: 0x80, zeros up to 56 mod 64, then the message length in bits, big-endian.
  std::array<std::uint8_t, kBlockBytes + 8> pad{};
  pad[0] = 0x80;
  const std::size_t length_at = (buffered_ < 56 ? 56 : 120) - buffered_;
  const std::uint64_t bits = message_bytes_ * 8;
  for (std::size_t i = 0; i < 8; ++i) {
    pad[length_at + i] = static_cast<std::uint8_t>(bits >> (56 - 8 * i));
  }
  copy.Update(std::string_view(reinterpret_cast<const char*>(pad.data()), length_at + 8));
  Digest digest;
  for (std::size_t i = 0; i < kDigestBytes; ++i) {
    digest[i] = static_cast<std::uint8_t>(copy.state_[i / 4] >> (24 - 8 * (i % 4)));
  }
  return digest;
}

std::string Sha256::HexDigest() const {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(2 * kDigestBytes);
  for (const std::uint8_t byte : Finish()) {
    hex += kHex[byte >> 4];
    hex += kHex[byte & 0x0F];
  }
  return hex;
}

std::string Sha256Hex(std::string_view bytes) {
  Sha256 hasher;
  hasher.Update(bytes);
  return hasher.HexDigest();
}

}  // namespace chipgate
