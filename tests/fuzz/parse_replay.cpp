// Replays every input in tests/fuzz/corpus/parse (the seeds and every crasher a fuzzing run
// ever found) through the fuzz body in the normal test run, so a fixed crash stays fixed.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "fuzz/fuzz_rules.hpp"
#include "support/bundled.hpp"

namespace chipgate {
namespace {

TEST(FuzzReplay, EveryCorpusInputRunsCleanly) {
  std::size_t n = 0;
  for (const auto& e : std::filesystem::directory_iterator(testing::SourcePath("tests/fuzz/corpus/parse"))) {
    std::ifstream in(e.path(), std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    const std::string bytes = s.str();
    fuzz::FuzzRules(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    ++n;
  }
  EXPECT_GT(n, 40U) << "the seed corpus is missing";
}

}  // namespace
}  // namespace chipgate
