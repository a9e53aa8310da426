// Replays every input in tests/fuzz/corpus/server-json and server-frame (the seeds and whatever
// a fuzzing run found) through the server's fuzz bodies in the normal test run.
#include <gtest/gtest.h>

#include "fuzz/fuzz_server.hpp"
#include "fuzz/replay.hpp"

namespace chipgate {
namespace {

TEST(FuzzReplay, EveryServerJsonInputRunsCleanly) {
  EXPECT_GE(fuzz::ReplayCorpus("server-json", &fuzz::FuzzServerJson), 8U) << "the seed corpus is missing";
}

TEST(FuzzReplay, EveryServerFrameInputRunsCleanly) {
  EXPECT_GE(fuzz::ReplayCorpus("server-frame", &fuzz::FuzzServerFrame), 12U) << "the seed corpus is missing";
}

}  // namespace
}  // namespace chipgate
