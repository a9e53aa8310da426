// Replays the case-file fuzz corpus (tests/fuzz/corpus/case_file: the conformance suite, hand-made
// broken and hostile case files, and whatever a fuzzing run found) through its fuzz body in the
// normal test run (and under ASan+UBSan in CI).
#include <gtest/gtest.h>

#include "fuzz/fuzz_cases.hpp"
#include "fuzz/replay.hpp"

namespace chipgate {
namespace {

TEST(FuzzReplay, EveryCaseFileInputRunsCleanly) {
  EXPECT_GE(fuzz::ReplayCorpus("case_file", &fuzz::FuzzCaseFile), 12U) << "the seed corpus is missing";
}

}  // namespace
}  // namespace chipgate
