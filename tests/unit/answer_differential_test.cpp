// Differential test of the answer the server and `chipgate check` give (Engine::Decide, the
// compiled fast path) against the explaining evaluator's (Engine::Explain with its tree dropped,
// which is what Decide itself returned for an undecided question until the fast path learned to
// name the missing inputs): the rendered JSON and text must be byte for byte the same for every
// catalog item, over destinations, dates across the rules' epochs, stated and unstated end-user
// headquarters, end uses, exporters' headquarters and transactions, decided or not. And the
// answer fails closed: one with missing inputs is never "no license required".
#include <gtest/gtest.h>

#include <array>
#include <string>
#include <vector>

#include "chipgate/chipgate.hpp"
#include "support/bundled.hpp"

namespace chipgate {
namespace {

const std::array<const char*, 10> kDestinations = {"CN", "HK", "MO", "MY", "AE", "SA", "IN", "VN", "DE", "RU"};
// The first days of the rules' epochs and days just before them, up to a date past the last.
const std::array<const char*, 12> kDates = {"2022-10-07", "2023-01-20", "2023-11-16", "2023-11-17", "2024-04-04", "2024-12-02",
                                            "2025-01-15", "2025-05-13", "2025-06-01", "2026-01-14", "2026-01-15", "2026-11-28"};
const std::array<std::vector<std::string>, 4> kEndUses = {std::vector<std::string>{}, {"none"}, {"military"},
                                                          {"supercomputer", "advanced-ic"}};
const std::array<const char*, 3> kTransactions = {"", "reexport", "export"};

// The question's other fields rotate with a counter, so every combination of them meets every
// item, destination and date in turn without multiplying the count.
Question Ask(const std::string& item, const char* to, const char* date, std::size_t k) {
  Question q;
  q.item = item;
  q.destination = to;
  q.date = date;
  const std::array<std::string, 4> hqs = {"", "CN", "US", to};
  q.end_user_hq = hqs[k % hqs.size()];
  q.end_use = kEndUses[k / hqs.size() % kEndUses.size()];
  q.exporter_hq = (k / 16) % 2 == 0 ? "" : "US";
  q.transaction = kTransactions[k / 32 % kTransactions.size()];
  return q;
}

std::string Describe(const Question& q) {
  std::string end_use;
  for (const auto& u : q.end_use) end_use += u + " ";
  return q.item + " to " + q.destination + " on " + q.date + " hq '" + q.end_user_hq + "' exporter hq '" + q.exporter_hq +
         "' end use '" + end_use + "' transaction '" + q.transaction + "'";
}

TEST(AnswerDifferential, DecideRendersByteForByteAsExplainWithoutItsTree) {
  const Engine& e = testing::BundledEngine();
  std::size_t k = 0;
  std::size_t undecided = 0;
  std::size_t decided = 0;
  for (const auto& item : e.ItemIds()) {
    for (const char* to : kDestinations) {
      for (const char* date : kDates) {
        const Question q = Ask(item, to, date, k++);
        const Result<Decision> fast = e.Decide(q);
        Result<Decision> slow = e.Explain(q);
        ASSERT_EQ(fast.ok(), slow.ok()) << Describe(q);
        if (!fast.ok()) continue;
        slow.value->explanation = {};
        ASSERT_EQ(e.RenderDecision(*fast, Format::kJson), e.RenderDecision(*slow, Format::kJson)) << Describe(q);
        ASSERT_EQ(e.RenderDecision(*fast, Format::kText), e.RenderDecision(*slow, Format::kText)) << Describe(q);
        // Fail closed, whatever the two paths agree on.
        if (!fast->missing.empty() || !fast->determined) {
          ASSERT_EQ(fast->outcome, Outcome::kIndeterminate) << Describe(q);
          ASSERT_FALSE(fast->missing.empty()) << Describe(q) << ": undecided without naming what is missing";
          ++undecided;
        } else {
          ++decided;
        }
      }
    }
  }
  // The rotation must reach both kinds of answer in numbers, or the comparison proves little.
  EXPECT_GT(undecided, 1000U);
  EXPECT_GT(decided, 5000U);
}

}  // namespace
}  // namespace chipgate
