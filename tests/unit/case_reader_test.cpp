// The case-file reader (engine/src/cases): what it accepts, where it says each case and
// expectation was written, and the coded, located errors for every way a case file can be wrong
// (a typo must never make a case that checks nothing).
#include <gtest/gtest.h>

#include "cases/case_codes.hpp"
#include "cases/case_reader.hpp"
#include "support/temp_dir.hpp"

namespace chipgate {
namespace {

using cases::ReadCaseText;

constexpr const char* kTwoCases = R"(# two cases
[[case]]
name = "H100 to China"
item = "nvidia-h100-sxm5-80gb"
to = "CN"
end_user_hq = "CN"
date = "2025-06-01"
params = ["ai_diffusion=false"]
end_use = ["none"]
[case.expect]
outcome = "license_required"
classifications = ["3A090.a", "4A090.a"]

[[case]]
name = "classification only"
item = "nvidia-h20"
date = "2025-06-01"
[case.expect]
classifications = []
)";

std::vector<std::string> Codes(const Result<cases::CaseSet>& r) {
  std::vector<std::string> out;
  for (const auto& d : r.diagnostics) out.push_back(d.code);
  return out;
}

// The only diagnostic of `text`: its code and 1-based line.
std::pair<std::string, std::uint32_t> OnlyProblem(const std::string& text) {
  const auto r = ReadCaseText("x.toml", text);
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.diagnostics.size(), 1U) << RenderText(r.diagnostics);
  if (r.diagnostics.empty() || !r.diagnostics[0].location) return {"", 0};
  return {r.diagnostics[0].code, r.diagnostics[0].location->line};
}

TEST(CaseReader, ReadsCasesWithTheirLinesAndQuestions) {
  const auto r = ReadCaseText("suite/a.toml", kTwoCases);
  ASSERT_TRUE(r.ok()) << RenderText(r.diagnostics);
  ASSERT_EQ(r->cases.size(), 2U);
  const cases::Case& first = r->cases[0];
  EXPECT_EQ(first.file, "suite/a.toml");
  EXPECT_EQ(first.line, 2U);
  EXPECT_EQ(first.question.destination, "CN");
  EXPECT_EQ(first.question.end_user_hq, "CN");
  EXPECT_EQ(first.params, std::vector<std::string>{"ai_diffusion=false"});
  EXPECT_EQ(first.question.end_use, std::vector<std::string>{"none"});
  ASSERT_EQ(first.expectations.size(), 2U);
  EXPECT_EQ(first.expectations[0].key, cases::ExpectKey::kOutcome);
  EXPECT_EQ(first.expectations[0].line, 11U);
  EXPECT_EQ(first.expectations[1].values, (std::vector<std::string>{"3A090.a", "4A090.a"}));
  EXPECT_EQ(first.LineOf("to"), 5U);
  EXPECT_EQ(r->cases[1].line, 14U);
  EXPECT_TRUE(r->cases[1].ClassificationOnly());
  EXPECT_TRUE(r->cases[1].expectations[0].values.empty());
}

TEST(CaseReader, AMisspeltExpectationKeyIsAnErrorWithTheNearestKey) {
  const auto r = ReadCaseText("x.toml", "[[case]]\nname = \"n\"\nitem = \"i\"\nto = \"CN\"\ndate = \"2025-01-01\"\n[case.expect]\noutcom = \"prohibited\"\n");
  ASSERT_EQ(r.diagnostics.size(), 1U);
  EXPECT_EQ(r.diagnostics[0].code, cases::codes::kUnknownKey);
  EXPECT_EQ(r.diagnostics[0].location->line, 7U);
  EXPECT_EQ(r.diagnostics[0].help, "did you mean `outcome`?");
}

TEST(CaseReader, AValueOutsideAKeysVocabularyIsRefused) {
  const auto [code, line] = OnlyProblem("[[case]]\nname = \"n\"\nitem = \"i\"\nto = \"CN\"\ndate = \"2025-01-01\"\n[case.expect]\noutcome = \"licence_required\"\n");
  EXPECT_EQ(code, cases::codes::kInvalidValue);
  EXPECT_EQ(line, 7U);
}

TEST(CaseReader, MissingRequiredKeysAreEachNamed) {
  const auto r = ReadCaseText("x.toml", "[[case]]\nname = \"n\"\nto = \"CN\"\n");
  EXPECT_EQ(Codes(r), (std::vector<std::string>{"T0104", "T0104", "T0104"})) << RenderText(r.diagnostics);
}

TEST(CaseReader, KeysThatNeedADestinationAreRefusedWithoutOne) {
  EXPECT_EQ(OnlyProblem("[[case]]\nname = \"n\"\nitem = \"i\"\ndate = \"2025-01-01\"\nend_user_hq = \"CN\"\n[case.expect]\ncriteria = []\n"),
            std::make_pair(std::string(cases::codes::kNeedsDestination), 5U));
  EXPECT_EQ(OnlyProblem("[[case]]\nname = \"n\"\nitem = \"i\"\ndate = \"2025-01-01\"\n[case.expect]\noutcome = \"prohibited\"\n"),
            std::make_pair(std::string(cases::codes::kNeedsDestination), 6U));
}

TEST(CaseReader, WrongTypesEmptyTextsAndEmptyExpectationsAreErrors) {
  EXPECT_EQ(OnlyProblem("[[case]]\nname = 3\nitem = \"i\"\ndate = \"2025-01-01\"\n[case.expect]\ncriteria = []\n").first, cases::codes::kWrongType);
  EXPECT_EQ(OnlyProblem("[[case]]\nname = \"n\"\nitem = \"i\"\nto = \"\"\ndate = \"2025-01-01\"\n[case.expect]\ncriteria = []\n").first,
            cases::codes::kInvalidValue);
  EXPECT_EQ(OnlyProblem("[[case]]\nname = \"n\"\nitem = \"i\"\ndate = \"2025-01-01\"\n[case.expect]\n").first, cases::codes::kMissing);
}

TEST(CaseReader, InvalidTomlAndFilesWithoutCasesAreErrors) {
  EXPECT_EQ(OnlyProblem("[[case]\nname = \"n\"\n"), std::make_pair(std::string(cases::codes::kSyntax), 1U));
  EXPECT_EQ(OnlyProblem("# nothing\n").first, cases::codes::kMissing);
  EXPECT_EQ(OnlyProblem("case = 3\n").first, cases::codes::kWrongType);
  EXPECT_EQ(OnlyProblem("title = \"x\"\n[[case]]\nname = \"n\"\nitem = \"i\"\ndate = \"2025-01-01\"\n[case.expect]\ncriteria = []\n"),
            std::make_pair(std::string(cases::codes::kUnknownKey), 1U));
}

TEST(CaseReader, EveryProblemOfAFileIsReportedAndNoCaseOfItRuns) {
  const auto r = ReadCaseText("x.toml",
                              "[[case]]\nname = \"n\"\nitem = \"i\"\ndate = \"2025-01-01\"\nfoo = 1\n[case.expect]\ncriteria = []\n"
                              "[[case]]\nname = \"m\"\nitem = \"i\"\ndate = \"2025-01-01\"\n[case.expect]\nbar = []\n");
  EXPECT_FALSE(r.ok());
  ASSERT_EQ(r.diagnostics.size(), 2U);
  EXPECT_EQ(r.diagnostics[0].location->line, 5U);
  EXPECT_EQ(r.diagnostics[1].location->line, 13U);
}

TEST(CaseReader, PathsThatAreMissingOrFoldersWithoutCaseFilesAreErrors) {
  const auto missing = cases::ReadCaseFiles({"/nonexistent/cases.toml"});
  EXPECT_EQ(Codes(missing), std::vector<std::string>{cases::codes::kUnreadable});
  const testing::TempDir dir;
  const auto empty = cases::ReadCaseFiles({dir.path().string()});
  EXPECT_EQ(Codes(empty), std::vector<std::string>{cases::codes::kNoCaseFiles});
}

}  // namespace
}  // namespace chipgate
