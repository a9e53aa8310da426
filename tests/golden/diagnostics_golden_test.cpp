// Golden diagnostics: each tests/golden/diagnostics/NAME.rules is a bad rule file and
// NAME.expected the exact text chipgate prints for it (paths relative to the repository).
// Regenerate with scripts/update-golden.sh and review the diff; never edit .expected by hand.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "check/rules.hpp"
#include "support/bundled.hpp"

namespace chipgate {
namespace {

namespace fs = std::filesystem;

std::string Read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string> Cases() {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(testing::SourcePath("tests/golden/diagnostics"))) {
    const std::string stem = e.path().stem().string();
    if (e.path().extension() == ".rules" && stem[0] != '_') names.push_back(stem);
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::string Render(const std::string& name) {
  SourceSet sources;
  const auto result = LoadRules({testing::SourcePath("tests/golden/diagnostics/" + name + ".rules")}, sources);
  std::string text = RenderText(result.diagnostics, sources);
  const std::string root = std::string(CHIPGATE_SOURCE_DIR) + "/";
  for (std::size_t at = text.find(root); at != std::string::npos; at = text.find(root)) text.erase(at, root.size());
  return text;
}

class GoldenDiagnostics : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenDiagnostics, MatchExpectedText) {
  const fs::path expected = testing::SourcePath("tests/golden/diagnostics/" + GetParam() + ".expected");
  const std::string actual = Render(GetParam());
  if (std::getenv("CHIPGATE_UPDATE_GOLDEN") != nullptr) {
    std::ofstream(expected, std::ios::binary) << actual;
    GTEST_SKIP() << "updated " << expected;
  }
  ASSERT_TRUE(fs::exists(expected)) << "no " << expected << "; run scripts/update-golden.sh";
  EXPECT_FALSE(actual.empty()) << "a golden case must produce at least one diagnostic";
  EXPECT_EQ(actual, Read(expected));
}

INSTANTIATE_TEST_SUITE_P(Files, GoldenDiagnostics, ::testing::ValuesIn(Cases()),
                         [](const ::testing::TestParamInfo<std::string>& i) {
                           std::string n = i.param;
                           for (auto& c : n) c = std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
                           return n;
                         });

}  // namespace
}  // namespace chipgate
