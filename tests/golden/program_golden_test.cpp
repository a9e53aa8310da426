// Golden text for the checked model and the compiled program of tests/golden/program/*.rules, so
// a change in what the checker resolves or what the compiler emits shows up as a reviewed diff.
// Regenerate with scripts/update-golden.sh.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "check/model_print.hpp"
#include "compile/program.hpp"
#include "check/rules.hpp"
#include "support/bundled.hpp"

namespace chipgate {
namespace {

std::string Read(const std::string& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void Compare(const std::string& actual, const std::string& expected_path) {
  if (std::getenv("CHIPGATE_UPDATE_GOLDEN") != nullptr) {
    std::ofstream(expected_path, std::ios::binary) << actual;
    GTEST_SKIP() << "updated " << expected_path;
  }
  ASSERT_TRUE(std::filesystem::exists(expected_path)) << "run scripts/update-golden.sh";
  EXPECT_EQ(actual, Read(expected_path));
}

TEST(GoldenProgram, CheckedModelAndProgramOfTheSmallRuleSet) {
  SourceSet sources;
  const auto model = LoadRules({testing::SourcePath("tests/golden/program/small.rules")}, sources);
  ASSERT_TRUE(model.ok()) << RenderText(model.diagnostics, sources);
  Compare(PrintModel(*model.value), testing::SourcePath("tests/golden/program/small.checked.expected"));
  Compare(PrintProgram(Compile(*model.value, ParamValues::Defaults(*model.value))),
          testing::SourcePath("tests/golden/program/small.program.expected"));
}

}  // namespace
}  // namespace chipgate
