// The public API (chipgate/engine.hpp): the fast path's Decision is the explaining
// evaluator's, field by field, without the tree; questions are checked field by field with
// stable codes; load errors carry their locations after the source text is gone.
#include <gtest/gtest.h>

#include <fstream>

#include "chipgate/chipgate.hpp"
#include "support/bundled.hpp"
#include "support/temp_dir.hpp"

namespace chipgate {
namespace {

Question Ask(std::string item, std::string to, std::string hq, std::string exporter_hq, std::string date) {
  Question q;
  q.item = std::move(item);
  q.destination = std::move(to);
  q.end_user_hq = std::move(hq);
  q.exporter_hq = std::move(exporter_hq);
  q.date = std::move(date);
  return q;
}

const Engine& Bundled() { return testing::BundledEngine(); }

void ExpectSameDecision(const Decision& fast, const Decision& slow, const std::string& what) {
  EXPECT_EQ(fast.outcome, slow.outcome) << what;
  EXPECT_EQ(fast.license_required, slow.license_required) << what;
  EXPECT_EQ(fast.review, slow.review) << what;
  EXPECT_EQ(fast.review_known, slow.review_known) << what;
  EXPECT_EQ(fast.classifications, slow.classifications) << what;
  EXPECT_EQ(fast.criteria, slow.criteria) << what;
  EXPECT_EQ(fast.unknown_classifications, slow.unknown_classifications) << what;
  EXPECT_EQ(fast.triggered, slow.triggered) << what;
  EXPECT_EQ(fast.reasons, slow.reasons) << what;
  EXPECT_EQ(fast.missing, slow.missing) << what;
  EXPECT_EQ(fast.destination_treated_as, slow.destination_treated_as) << what;
  EXPECT_EQ(fast.conditions, slow.conditions) << what;
  ASSERT_EQ(fast.exceptions.size(), slow.exceptions.size()) << what;
  for (std::size_t i = 0; i < fast.exceptions.size(); ++i) {
    EXPECT_EQ(fast.exceptions[i].exception, slow.exceptions[i].exception) << what;
    EXPECT_EQ(fast.exceptions[i].available, slow.exceptions[i].available) << what;
  }
  ASSERT_EQ(fast.metrics.size(), slow.metrics.size()) << what;
  for (std::size_t i = 0; i < fast.metrics.size(); ++i) EXPECT_EQ(fast.metrics[i].value, slow.metrics[i].value) << what;
  EXPECT_TRUE(fast.explanation.children.empty()) << what;
  EXPECT_FALSE(slow.explanation.children.empty()) << what;
}

TEST(Engine, DecideGivesTheExplainedDecisionWithoutTheTree) {
  const Engine& e = Bundled();
  std::size_t n = 0;
  for (const auto& item : e.ItemIds()) {
    for (const char* to : {"CN", "HK", "MY", "AE", "DE", "VN"}) {
      for (const char* hq : {"", "CN", "US"}) {
        for (const char* date : {"2023-01-20", "2024-06-01", "2025-06-01", "2026-11-28"}) {
          const Question q = Ask(item, to, hq, "US", date);
          const auto fast = e.Decide(q);
          const auto slow = e.Explain(q);
          ASSERT_TRUE(fast.ok() && slow.ok());
          ExpectSameDecision(*fast, *slow, item + " to " + to + " hq " + hq + " on " + date);
          ++n;
        }
      }
    }
  }
  EXPECT_GT(n, 5000U);
}

TEST(Engine, JsonOfBothPathsIsIdenticalWithoutTheExplanation) {
  const Engine& e = Bundled();
  for (const Question& q : {Ask("nvidia-h20", "CN", "CN", "", "2025-06-01"), Ask("nvidia-a100-sxm4-80gb", "MY", "", "", "2024-06-01"),
                            Ask("amd-mi210", "HK", "HK", "US", "2026-02-05")}) {
    EXPECT_EQ(e.RenderDecision(*e.Decide(q), Format::kJson), e.RenderDecision(*e.Explain(q), Format::kJson)) << q.item;
  }
}

TEST(Engine, EachBadFieldIsNamedWithItsCode) {
  const Engine& e = Bundled();
  const auto r = e.Decide(Ask("nvidia-h100-sxm5", "UK", "ZZZ", "", "2024-13-01"));
  ASSERT_FALSE(r.ok());
  std::vector<std::pair<std::string, std::string>> got;
  for (const auto& d : r.diagnostics) got.emplace_back(d.code, d.field);
  const std::vector<std::pair<std::string, std::string>> want = {
      {"Q0101", "item"}, {"Q0102", "destination"}, {"Q0102", "end_user_hq"}, {"Q0103", "date"}};
  EXPECT_EQ(got, want);
  EXPECT_EQ(r.diagnostics[0].help, "did you mean `nvidia-h100-sxm5-80gb`?");
  const auto early = e.Decide(Ask("nvidia-h20", "CN", "", "", "2020-01-01"));
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.diagnostics[0].code, "Q0104");
}

TEST(Engine, LoadErrorsKeepTheirLocation) {
  testing::TempDir dir;
  std::ofstream(dir.File("bad.rules")) << "ruleset \"x\"\nparam p : bit = 32 \"p\"\nmetric m : TOPS = p + 1 GB/s\n";
  EngineOptions o;
  o.data_dir = testing::SourcePath("");
  o.rules = {dir.File("bad.rules")};
  const auto r = Engine::Load(o);
  ASSERT_FALSE(r.ok());
  ASSERT_FALSE(r.diagnostics.empty());
  const std::string text = RenderText(r.diagnostics);
  EXPECT_NE(text.find("bad.rules:3:"), std::string::npos) << text;
  EXPECT_NE(text.find(" 3 | metric m : TOPS = p + 1 GB/s"), std::string::npos) << text;
}

}  // namespace
}  // namespace chipgate
