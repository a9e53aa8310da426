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
  Sha256::Digest payload_sha256{};
};

template <class A>
void Fields(A& ar, Header& h) {
  auto& [magic, version, byte_order, payload_bytes, payload_sha256] = h;
  ar(magic, version, byte_order, payload_bytes, payload_sha256);
}

Sha256::Digest DigestOf(std::string_view bytes) {
  Sha256 h;
  h.Update(bytes);
  return h.Finish();
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
  h.payload_sha256 = DigestOf(payload.bytes());
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
      h.byte_order != kByteOrder || h.payload_bytes != payload.size() || h.payload_sha256 != DigestOf(payload)) {
    return std::nullopt;
  }
  Reader reader(payload);
  Contents contents;
  reader(contents);
  if (!reader.AtEnd()) return std::nullopt;
  return contents;
}

}  // namespace chipgate::snapshot
