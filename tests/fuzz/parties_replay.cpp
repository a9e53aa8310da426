// Replays every input in tests/fuzz/corpus/{csl-csv,csl-json,sdn-csv} (the seeds and every
// crasher a fuzzing run found) through the party fuzz bodies in the normal test run.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "fuzz/fuzz_parties.hpp"
#include "support/bundled.hpp"

namespace chipgate {
namespace {

std::size_t Replay(const char* folder, fuzz::PartyFormat format) {
  std::size_t n = 0;
  for (const auto& e : std::filesystem::directory_iterator(testing::SourcePath(std::string("tests/fuzz/corpus/") + folder))) {
    std::ifstream in(e.path(), std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    const std::string bytes = s.str();
    fuzz::FuzzPartyList(format, reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    ++n;
  }
  return n;
}

TEST(PartiesFuzzReplay, CslCsvCorpusRunsCleanly) { EXPECT_GE(Replay("csl-csv", fuzz::PartyFormat::kCslCsv), 5U); }
TEST(PartiesFuzzReplay, CslJsonCorpusRunsCleanly) { EXPECT_GE(Replay("csl-json", fuzz::PartyFormat::kCslJson), 5U); }
TEST(PartiesFuzzReplay, SdnCorpusRunsCleanly) { EXPECT_GE(Replay("sdn-csv", fuzz::PartyFormat::kSdnCsv), 5U); }

}  // namespace
}  // namespace chipgate
