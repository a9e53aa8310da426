// InputFile: the hash it records is the SHA-256 of exactly the bytes of the file, whether the
// consumer reads it all, part of it or none, for files smaller than one chunk, on a chunk
// boundary and many chunks long (the hashing runs on its own thread, a few chunks behind).
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <random>
#include <string>

#include "audit/input_file.hpp"
#include "core/sha256.hpp"
#include "support/temp_dir.hpp"

namespace chipgate {
namespace {

constexpr std::size_t kChunk = std::size_t{1} << 18;  // input_file.cpp's chunk size

std::string RandomBytes(std::size_t size, unsigned seed) {
  std::mt19937 random(seed);
  std::string bytes(size, '\0');
  for (char& c : bytes) c = static_cast<char>(random() & 0xFF);
  return bytes;
}

std::string WriteFile(const testing::TempDir& dir, const std::string& bytes) {
  const std::string path = dir.File("input.bin");
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

TEST(InputFile, HashesEveryByteTheConsumerRead) {
  const testing::TempDir dir;
  for (const std::size_t size : {std::size_t{0}, std::size_t{1}, kChunk - 1, kChunk, kChunk + 1, 4 * kChunk, 11 * kChunk + 12345}) {
    const std::string bytes = RandomBytes(size, static_cast<unsigned>(size));
    std::string error;
    auto input = InputFile::Open(WriteFile(dir, bytes), error);
    ASSERT_NE(input, nullptr) << error;
    EXPECT_EQ(input->size(), size);
    const std::string read(std::istreambuf_iterator<char>(input->stream()), {});
    EXPECT_EQ(read, bytes) << size;
    EXPECT_EQ(input->FinishHash(), Sha256Hex(bytes)) << size;
    EXPECT_FALSE(input->failed());
  }
}

// A consumer that stops early (a run that failed half-way still records the file's hash).
TEST(InputFile, HashesTheRestTheConsumerLeft) {
  const testing::TempDir dir;
  const std::string bytes = RandomBytes(9 * kChunk + 77, 7);
  for (const std::size_t consumed : {std::size_t{0}, std::size_t{10}, 5 * kChunk + 3}) {
    std::string error;
    auto input = InputFile::Open(WriteFile(dir, bytes), error);
    ASSERT_NE(input, nullptr) << error;
    std::string head(consumed, '\0');
    input->stream().read(head.data(), static_cast<std::streamsize>(consumed));
    EXPECT_EQ(head, bytes.substr(0, consumed));
    EXPECT_EQ(input->FinishHash(), Sha256Hex(bytes)) << consumed;
  }
}

// Closing a file before its hash was asked for stops the hashing thread cleanly.
TEST(InputFile, ClosesWithoutAskingForTheHash) {
  const testing::TempDir dir;
  const std::string path = WriteFile(dir, RandomBytes(6 * kChunk, 3));
  std::string error;
  auto input = InputFile::Open(path, error);
  ASSERT_NE(input, nullptr) << error;
  char first[100];
  input->stream().read(first, sizeof first);
  input.reset();
  SUCCEED();
}

TEST(InputFile, OpenFailureIsAnError) {
  const testing::TempDir dir;
  std::string error;
  EXPECT_EQ(InputFile::Open(dir.File("missing.csv"), error), nullptr);
  EXPECT_FALSE(error.empty());
}

}  // namespace
}  // namespace chipgate
