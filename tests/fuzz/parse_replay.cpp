// Replays every input in tests/fuzz/corpus/parse (the seeds and every crasher a fuzzing run
// ever found) through the fuzz body in the normal test run, so a fixed crash stays fixed.
#include <gtest/gtest.h>

#include "fuzz/fuzz_rules.hpp"
#include "fuzz/replay.hpp"

namespace chipgate {
namespace {

TEST(FuzzReplay, EveryCorpusInputRunsCleanly) {
  EXPECT_GT(fuzz::ReplayCorpus("parse", &fuzz::FuzzRules), 40U) << "the seed corpus is missing";
}

}  // namespace
}  // namespace chipgate
