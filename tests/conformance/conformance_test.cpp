// Runs every conformance case (tests/conformance/*.toml) with the reader and runner that
// `chipgate test` uses (engine/src/cases), against the bundled rules and the bundled catalog
// plus the probe items in tests/conformance/items: one implementation of the case format, so
// what this suite accepts is what users' suites can use. Each case runs through both
// evaluators, which must agree on every key; a failure names the case file's line. The case
// format is docs/rule-tests.md.
#include <gtest/gtest.h>

#include <cstdlib>
#include <memory>

#include "cases/case_reader.hpp"
#include "cases/case_runner.hpp"
#include "cases/report.hpp"
#include "support/bundled.hpp"

namespace chipgate {
namespace {

using testing::SourcePath;

const Result<cases::CaseSet>& ReadSuite() {
  static const Result<cases::CaseSet> kRead = cases::ReadCaseFiles({SourcePath("tests/conformance")});
  return kRead;
}

std::vector<std::size_t> CaseIndexes() {
  std::vector<std::size_t> out;
  if (ReadSuite().ok()) {
    for (std::size_t i = 0; i < ReadSuite()->cases.size(); ++i) out.push_back(i);
  }
  return out;
}

// One runner for the whole suite, so that its coverage is the suite's (gtest runs the cases of
// one binary on one thread).
cases::CaseRunner& Runner() {
  static const std::unique_ptr<cases::CaseRunner> kRunner = [] {
    EngineOptions o;
    o.data_dir = SourcePath("");
    o.catalogs = {SourcePath("tests/conformance/items")};
    Result<Engine> engine = Engine::Load(o);
    if (!engine.ok()) {
      ADD_FAILURE() << RenderText(engine.diagnostics);
      std::abort();
    }
    return std::make_unique<cases::CaseRunner>(std::move(*engine.value));
  }();
  return *kRunner;
}

TEST(ConformanceFiles, EveryCaseFileReadsWithoutProblems) {
  const auto& read = ReadSuite();
  EXPECT_TRUE(read.diagnostics.empty()) << RenderText(read.diagnostics);
  ASSERT_TRUE(read.ok());
  EXPECT_GE(read->cases.size(), 100U) << "conformance cases went missing";
}

class Conformance : public ::testing::TestWithParam<std::size_t> {};

TEST_P(Conformance, BothEvaluatorsGiveTheExpectedAnswer) {
  const cases::Case& c = ReadSuite()->cases[GetParam()];
  SCOPED_TRACE(c.file + ":" + std::to_string(c.line) + ": " + c.name + " [" + c.source + "]");
  const cases::CaseResult r = Runner().Run(c);
  for (const auto& f : r.failures) ADD_FAILURE() << cases::FailureLine(c, f);
  EXPECT_EQ(cases::CaseStatusKey(r.status), std::string("passed"));
}

std::string CaseName(const ::testing::TestParamInfo<std::size_t>& info) {
  const cases::Case& c = ReadSuite()->cases[info.param];
  const std::string file = c.file.substr(c.file.find_last_of('/') + 1);
  std::string n = file.substr(0, file.find('.')) + "_" + std::to_string(c.index);
  for (auto& ch : n) {
    if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
  }
  return n;
}

INSTANTIATE_TEST_SUITE_P(Cases, Conformance, ::testing::ValuesIn(CaseIndexes()), CaseName);
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(Conformance);

}  // namespace
}  // namespace chipgate
