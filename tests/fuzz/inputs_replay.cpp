// Replays every input in tests/fuzz/corpus/licenses and tests/fuzz/corpus/mapping (the seeds
// and whatever a fuzzing run found) through the fuzz bodies in the normal test run.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "fuzz/fuzz_inputs.hpp"
#include "support/bundled.hpp"

namespace chipgate {
namespace {

std::size_t Replay(const std::string& corpus, void (*body)(const std::uint8_t*, std::size_t)) {
  std::size_t n = 0;
  for (const auto& e : std::filesystem::directory_iterator(testing::SourcePath(corpus))) {
    std::ifstream in(e.path(), std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    const std::string bytes = s.str();
    body(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    ++n;
  }
  return n;
}

TEST(FuzzReplay, EveryLicenseRegisterInputRunsCleanly) {
  EXPECT_GE(Replay("tests/fuzz/corpus/licenses", &fuzz::FuzzLicenseRegister), 8U) << "the seed corpus is missing";
}

TEST(FuzzReplay, EveryMappingInputRunsCleanly) {
  EXPECT_GE(Replay("tests/fuzz/corpus/mapping", &fuzz::FuzzAuditMapping), 5U) << "the seed corpus is missing";
}

}  // namespace
}  // namespace chipgate
