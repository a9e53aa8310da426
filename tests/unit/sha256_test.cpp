// SHA-256 against the FIPS 180-2 / NIST example vectors, the padding boundaries,
// incremental hashing against one-shot hashing, and the CPU-specific compression against the
// portable one.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "core/sha256.hpp"
#include "core/sha256_blocks.hpp"

namespace chipgate {
namespace {

TEST(Sha256, NistVectors) {
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(Sha256Hex("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
                      "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"),
            "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
}

TEST(Sha256, OneMillionA) {
  Sha256 hasher;
  const std::string thousand(1000, 'a');
  for (int i = 0; i < 1000; ++i) hasher.Update(thousand);
  EXPECT_EQ(hasher.HexDigest(), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  EXPECT_EQ(Sha256Hex(std::string(1000000, 'a')), hasher.HexDigest());
}

// Messages whose padding needs one block or spills into a second (expected values from
// coreutils sha256sum).
TEST(Sha256, PaddingBoundaries) {
  const std::pair<std::size_t, const char*> cases[] = {
      {55, "d5e285683cd4efc02d021a5c62014694958901005d6f71e89e0989fac77e4072"},
      {56, "04c26261370ee7541549d16dee320c723e3fd14671e66a099afe0a377c16888e"},
      {63, "75220b47218278e656f2013bb8f0c455a25eaf01e86c64924e9d48d89776d6f2"},
      {64, "7ce100971f64e7001e8fe5a51973ecdfe1ced42befe7ee8d5fd6219506b5393c"},
      {65, "9537c5fdf120482f7d58d25e9ed583f52c02b4e304ea814db1633ad565aed7e9"},
  };
  for (const auto& [length, expected] : cases) {
    EXPECT_EQ(Sha256Hex(std::string(length, 'x')), expected) << length;
  }
}

TEST(Sha256, IncrementalEqualsOneShotAtRandomSplits) {
  std::mt19937 rng(20261128);
  std::uniform_int_distribution<int> byte(0, 255);
  for (int trial = 0; trial < 200; ++trial) {
    std::string message(std::uniform_int_distribution<std::size_t>(0, 700)(rng), '\0');
    for (char& c : message) c = static_cast<char>(byte(rng));
    Sha256 hasher;
    std::size_t at = 0;
    while (at < message.size()) {
      const std::size_t n = std::uniform_int_distribution<std::size_t>(0, 130)(rng);
      hasher.Update(std::string_view(message).substr(at, n));
      at += n;
    }
    ASSERT_EQ(hasher.HexDigest(), Sha256Hex(message)) << "trial " << trial;
  }
}

TEST(Sha256, DigestDoesNotEndTheMessage) {
  Sha256 hasher;
  hasher.Update("ab");
  EXPECT_EQ(hasher.HexDigest(), Sha256Hex("ab"));
  hasher.Update("c");
  EXPECT_EQ(hasher.HexDigest(), Sha256Hex("abc"));
  EXPECT_EQ(hasher.Finish()[0], 0xba);
}

}  // namespace
}  // namespace chipgate

namespace chipgate {
namespace {

// The SHA extensions' compression is the portable one, block for block, from any state.
TEST(Sha256, ShaExtensionsEqualThePortableCompression) {
  if (!sha256_detail::CpuHasShaExtensions()) GTEST_SKIP() << "this CPU has no SHA extensions";
  std::mt19937 random(7);
  for (std::size_t blocks = 1; blocks <= 40; ++blocks) {
    std::vector<std::uint8_t> data(64 * blocks);
    for (auto& byte : data) byte = static_cast<std::uint8_t>(random());
    sha256_detail::State portable;
    for (auto& word : portable) word = static_cast<std::uint32_t>(random());
    sha256_detail::State extensions = portable;
    sha256_detail::CompressPortable(portable, data.data(), blocks);
    sha256_detail::CompressShaExtensions(extensions, data.data(), blocks);
    EXPECT_EQ(portable, extensions) << blocks << " blocks";
  }
}

}  // namespace
}  // namespace chipgate
