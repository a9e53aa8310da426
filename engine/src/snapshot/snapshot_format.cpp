// Encoding and decoding snapshot files (see snapshot_format.hpp).
#include "snapshot/snapshot_format.hpp"

#include <cstring>

#include "snapshot/archive.hpp"

namespace chipgate::snapshot {
namespace {

constexpr std::string_view kMagic = "chipgsnp";
// Read back in another byte order, this reads differently, so such a file is refused.
constexpr std::uint32_t kByteOrder = 0x01020304;

struct Header {
  std::array<char, 8> magic{};
  std::uint32_t version = 0;
  std::uint32_t byte_order = 0;
  std::uint64_t payload_bytes = 0;
  std::uint64_t payload_checksum = 0;
};

template <class A>
void Fields(A& ar, Header& h) {
  auto& [magic, version, byte_order, payload_bytes, payload_checksum] = h;
  ar(magic, version, byte_order, payload_bytes, payload_checksum);
}

// A checksum that catches a cut or damaged payload, at memory speed: each step is a bijection
// of the running value for a fixed word and of the word for a fixed value, so any one changed
// word changes the result. Not a defence against someone who can write the file (it is the
// user's own, 0600); a SHA-256 here cost a quarter of a millisecond of every start.
std::uint64_t Checksum(std::string_view bytes) {
  constexpr std::uint64_t kPrime = 0x100000001b3ULL;
  std::uint64_t h = 0xcbf29ce484222325ULL ^ bytes.size();
  const auto step = [&h](std::uint64_t word) {
    h = (h ^ word) * kPrime;
    h = (h << 29) | (h >> 35);
  };
  std::size_t at = 0;
  for (; at + 8 <= bytes.size(); at += 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, bytes.data() + at, 8);
    step(word);
  }
  std::uint64_t tail = 0;
  if (at < bytes.size()) std::memcpy(&tail, bytes.data() + at, bytes.size() - at);
  step(tail);
  return h;
}

// The header's encoded size: the same for every header.
std::size_t HeaderBytes() {
  Writer w;
  w(Header{});
  return w.bytes().size();
}

}  // namespace

std::string Encode(const Contents& contents) {
  Writer payload;
  payload(contents);
  Header h;
  std::memcpy(h.magic.data(), kMagic.data(), h.magic.size());
  h.version = kFormatVersion;
  h.byte_order = kByteOrder;
  h.payload_bytes = payload.bytes().size();
  h.payload_checksum = Checksum(payload.bytes());
  Writer out;
  out(h);
  return out.bytes() + payload.bytes();
}

std::optional<Contents> Decode(std::string_view bytes) {
  const std::size_t header_bytes = HeaderBytes();
  if (bytes.size() < header_bytes) return std::nullopt;
  Reader header_reader(bytes.substr(0, header_bytes));
  Header h;
  header_reader(h);
  const std::string_view payload = bytes.substr(header_bytes);
  if (!header_reader.AtEnd() || std::string_view(h.magic.data(), h.magic.size()) != kMagic || h.version != kFormatVersion ||
      h.byte_order != kByteOrder || h.payload_bytes != payload.size() || h.payload_checksum != Checksum(payload)) {
    return std::nullopt;
  }
  Reader reader(payload);
  Contents contents;
  reader(contents);
  if (!reader.AtEnd()) return std::nullopt;
  return contents;
}

}  // namespace chipgate::snapshot
