// Running rule test cases (engine/src/cases): a failure points at the expectation's line, a
// refusal at the key that carried the bad input, params switch rules on for one case only, and
// coverage counts the cases in which each rule held. Also Engine::WithParams, which the runner
// uses for cases with params.
#include <gtest/gtest.h>

#include <algorithm>

#include "cases/case_reader.hpp"
#include "cases/report.hpp"
#include "cases/suite.hpp"
#include "engine/state.hpp"
#include "support/bundled.hpp"

namespace chipgate {
namespace {

const Engine& Bundled() { return testing::BundledEngine(); }

cases::CaseSet Read(const std::string& text) {
  auto r = cases::ReadCaseText("cases.toml", text);
  EXPECT_TRUE(r.ok()) << RenderText(r.diagnostics);
  return r.ok() ? std::move(*r.value) : cases::CaseSet{};
}

std::string Case(const std::string& name, const std::string& keys, const std::string& expect) {
  return "[[case]]\nname = \"" + name + "\"\n" + keys + "[case.expect]\n" + expect;
}

const std::string kH100ToChina = "item = \"nvidia-h100-sxm5-80gb\"\nto = \"CN\"\nend_user_hq = \"CN\"\ndate = \"2025-06-01\"\n";
const std::string kH100ToIndia = "item = \"nvidia-h100-sxm5-80gb\"\nto = \"IN\"\nend_user_hq = \"IN\"\ndate = \"2025-06-01\"\n";

TEST(CaseRunner, APassingCaseHasNoFailures) {
  const auto set = Read(Case("ok", kH100ToChina,
                             "outcome = \"license_required\"\nlicense_required = \"true\"\n"
                             "review_policy = \"presumption_of_denial\"\nclassifications = [\"3A090.a\"]\n"));
  const cases::SuiteResult r = cases::RunSuite(Bundled(), set);
  EXPECT_EQ(r.passed, 1U);
  EXPECT_TRUE(r.results[0].failures.empty()) << cases::RenderText(set, r, false);
}

TEST(CaseRunner, AMismatchIsReportedAtTheExpectationsLine) {
  const auto set = Read(Case("wrong", kH100ToChina, "license_required = \"true\"\noutcome = \"no_license_required\"\n"));
  const cases::SuiteResult r = cases::RunSuite(Bundled(), set);
  ASSERT_EQ(r.failed, 1U);
  ASSERT_EQ(r.results[0].failures.size(), 1U);
  const cases::Failure& f = r.results[0].failures[0];
  EXPECT_EQ(f.kind, cases::FailureKind::kMismatch);
  EXPECT_EQ(f.key, cases::ExpectKey::kOutcome);
  EXPECT_EQ(f.line, 9U);
  EXPECT_EQ(cases::FailureLine(set.cases[0], f),
            "cases.toml:9: case wrong: expected outcome = \"no_license_required\", got \"license_required\"");
}

TEST(CaseRunner, ASetMismatchNamesWhatIsMissingAndWhatIsExtra) {
  const auto set = Read(Case("sets", kH100ToChina, "classifications = [\"3A090.b\", \"4A090.b\"]\n"));
  const cases::SuiteResult r = cases::RunSuite(Bundled(), set);
  ASSERT_EQ(r.results[0].failures.size(), 1U);
  EXPECT_EQ(cases::FailureLine(set.cases[0], r.results[0].failures[0]),
            "cases.toml:8: case sets: expected classifications = [\"3A090.b\", \"4A090.b\"], got [\"3A090.a\"] "
            "(missing [\"3A090.b\", \"4A090.b\"]; unexpected [\"3A090.a\"])");
}

TEST(CaseRunner, AnUnknownItemIsAnErrorAtTheItemLine) {
  const auto set = Read(Case("bad item", "item = \"no-such-chip\"\nto = \"CN\"\ndate = \"2025-06-01\"\n", "outcome = \"prohibited\"\n"));
  const cases::SuiteResult r = cases::RunSuite(Bundled(), set);
  EXPECT_EQ(r.errors, 1U);
  ASSERT_EQ(r.results[0].failures.size(), 1U);
  EXPECT_EQ(r.results[0].failures[0].kind, cases::FailureKind::kRefused);
  EXPECT_EQ(r.results[0].failures[0].refusal.code, "Q0101");
  EXPECT_EQ(r.results[0].failures[0].line, 3U);
}

TEST(CaseRunner, ABadParamIsAnErrorAtTheParamsLine) {
  const auto set = Read(Case("bad param", kH100ToIndia + "params = [\"no_such_param=true\"]\n", "outcome = \"prohibited\"\n"));
  const cases::SuiteResult r = cases::RunSuite(Bundled(), set);
  EXPECT_EQ(r.errors, 1U);
  ASSERT_FALSE(r.results[0].failures.empty());
  EXPECT_EQ(r.results[0].failures[0].refusal.code, "E0702");
  EXPECT_EQ(r.results[0].failures[0].line, 7U);
}

TEST(CaseRunner, ParamsApplyToTheirCaseOnly) {
  const auto set = Read(Case("diffusion on", kH100ToIndia + "params = [\"ai_diffusion=true\"]\n", "license_required = \"true\"\n") +
                        Case("diffusion off", kH100ToIndia, "license_required = \"false\"\n"));
  const cases::SuiteResult r = cases::RunSuite(Bundled(), set);
  EXPECT_EQ(r.passed, 2U) << cases::RenderText(set, r, false);
}

TEST(CaseRunner, AClassificationCaseChecksTheClassification) {
  const auto set = Read(Case("h20", "item = \"nvidia-h20\"\ndate = \"2025-06-01\"\n", "classifications = [\"3A991.p\"]\n") +
                        Case("h100", "item = \"nvidia-h100-sxm5-80gb\"\ndate = \"2025-06-01\"\n", "classifications = [\"4A090.a\"]\n"));
  const cases::SuiteResult r = cases::RunSuite(Bundled(), set);
  EXPECT_EQ(r.passed, 1U);
  EXPECT_EQ(r.failed, 1U) << "the H100 SXM5 is a chip: 3A090.a, not 4A090.a";
}

TEST(CaseCoverage, CountsTheCasesInWhichEachRuleHeld) {
  const auto set = Read(Case("a", kH100ToChina, "license_required = \"true\"\n") + Case("b", kH100ToChina, "license_required = \"true\"\n") +
                        Case("c", kH100ToIndia, "license_required = \"false\"\n"));
  const cases::SuiteResult r = cases::RunSuite(Bundled(), set);
  const auto& rules = r.coverage.rules();
  const auto tpp = std::find_if(rules.begin(), rules.end(), [](const cases::RuleCoverage& c) { return c.id == "ear.3a090.a.1"; });
  ASSERT_NE(tpp, rules.end());
  EXPECT_EQ(tpp->held, 3U);
  EXPECT_EQ(tpp->Status(), cases::CoverageStatus::kCovered);
  EXPECT_GT(tpp->line, 0U);
  const auto china = std::find_if(rules.begin(), rules.end(), [](const cases::RuleCoverage& c) { return c.id == "ear.742.6.a.6.2023"; });
  ASSERT_NE(china, rules.end());
  EXPECT_EQ(china->held, 2U);
  EXPECT_EQ(china->not_held, 1U);
  const cases::CoverageSummary s = r.coverage.Summary();
  EXPECT_EQ(s.covered + s.partial + s.uncovered, s.rules);
  EXPECT_GT(s.uncovered, 0U) << "the 2022 rules are in force on no case's date";
}

TEST(CaseCoverage, PercentIsRoundedDownAndThresholdsAreExact) {
  cases::CoverageSummary s;
  s.rules = 3;
  s.covered = 2;
  EXPECT_EQ(s.PercentText(), "66.6");
  EXPECT_TRUE(s.AtLeast(66));
  EXPECT_FALSE(s.AtLeast(67));
  s.rules = 10000;
  s.covered = 9999;
  EXPECT_EQ(s.PercentText(), "99.9");
  EXPECT_FALSE(s.AtLeast(100));
}

TEST(EngineWithParams, KeepsTheHashesAndSetsOnlyTheNewParams) {
  const Engine& base = Bundled();
  const Result<Engine> on = base.WithParams({"ai_diffusion=true"});
  ASSERT_TRUE(on.ok()) << RenderText(on.diagnostics);
  EXPECT_EQ(on->provenance().rules_hash, base.provenance().rules_hash);
  EXPECT_EQ(on->provenance().catalog_hash, base.provenance().catalog_hash);
  bool found = false;
  for (const auto& [name, value] : on->provenance().params) {
    if (name == "ai_diffusion") found = value == "true";
  }
  EXPECT_TRUE(found);
  Question q;
  q.item = "nvidia-h100-sxm5-80gb";
  q.destination = "IN";
  q.end_user_hq = "IN";
  q.date = "2025-06-01";
  EXPECT_EQ(on->Decide(q)->license_required, Tri::kTrue);
  EXPECT_EQ(base.Decide(q)->license_required, Tri::kFalse);
  EXPECT_EQ(on->state().parties, base.state().parties) << "the party lists are shared, not read again";
}

TEST(EngineWithParams, ABadAssignmentIsAnError) {
  const Result<Engine> bad = Bundled().WithParams({"ai_diffusion"});
  EXPECT_FALSE(bad.ok());
  ASSERT_FALSE(bad.diagnostics.empty());
  EXPECT_EQ(bad.diagnostics[0].code, "E0701");
}

}  // namespace
}  // namespace chipgate
