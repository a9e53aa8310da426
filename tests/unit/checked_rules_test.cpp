// What a decision ruled out (explain/checked.hpp): every requirement rule is accounted for, each
// one listed as not applying is false for a stated fact, and the classification criteria an item
// misses carry their margins as numbers, for an item below every threshold and one above.
#include <gtest/gtest.h>

#include "explain/checked.hpp"
#include "explain/explain.hpp"
#include "support/bundled.hpp"

namespace chipgate {
namespace {

Decision Ask(const char* item, const char* to, const char* date) {
  const auto& b = testing::LoadBundled();
  Query q;
  q.item = *b.catalog.IndexOf(item);
  q.destination = *CountryCode::Parse(to);
  q.end_user_hq = q.destination;
  q.date = *Date::Parse(date);
  q.end_uses = 0;  // --end-use none
  return Explain(b.model, b.catalog, b.params, q);
}

const explain::RuleNotApplied* Find(const explain::RequirementsChecked& c, const Model& m, const std::string& id) {
  for (const auto& n : c.not_applied) {
    if (m.Info(n.rule).id == id) return &n;
  }
  return nullptr;
}

TEST(CheckedRules, EveryRequirementIsAccountedForOnce) {
  const Model& m = testing::LoadBundled().model;
  for (const char* item : {"nvidia-l4", "nvidia-a2", "nvidia-h100-sxm5-80gb"}) {
    for (const char* to : {"DE", "CN", "UA-65"}) {
      const Decision d = Ask(item, to, "2025-03-01");
      const auto c = explain::CheckedRequirements(m, d);
      EXPECT_EQ(c.applied + c.conditions + c.not_for_item + c.not_in_force + c.not_applied.size(), m.requirements.size())
          << item << " to " << to;
      EXPECT_EQ(c.applied, d.triggered.size()) << item << " to " << to;  // nothing undecided here
    }
  }
}

TEST(CheckedRules, EachRuleNotAppliedIsFalseForTheFactsShown) {
  const Model& m = testing::LoadBundled().model;
  const Decision d = Ask("nvidia-l4", "DE", "2025-03-01");
  ASSERT_EQ(d.outcome, Outcome::kNoLicenseRequired);
  const auto c = explain::CheckedRequirements(m, d);
  ASSERT_FALSE(c.not_applied.empty());
  for (const auto& n : c.not_applied) {
    EXPECT_EQ(n.node->value, Tri::kFalse) << m.Info(n.rule).id;
    ASSERT_FALSE(n.facts.empty()) << m.Info(n.rule).id;
    EXPECT_LE(n.facts.size(), explain::kMaxFactsPerRule);
    for (const Explanation* f : n.facts) EXPECT_EQ(f->value, Tri::kFalse) << m.Info(n.rule).id << ": " << f->label;
  }
  // The Cuba embargo is ruled out by the destination, as a typed membership test.
  const auto* cuba = Find(c, m, "ear.746.2");
  ASSERT_NE(cuba, nullptr);
  ASSERT_EQ(cuba->facts.size(), 1U);
  EXPECT_EQ(cuba->facts[0]->kind, ExplainKind::kMembership);
  EXPECT_EQ(m.node(cuba->facts[0]->node).op, NodeOp::kIn);
  // A rule not in force that day (Syria's 2025 rule, from 2 Sep 2025) is counted, never listed;
  // the one it replaced is listed.
  EXPECT_EQ(Find(c, m, "ear.746.9"), nullptr);
  EXPECT_NE(Find(c, m, "ear.746.9.2022"), nullptr);
  EXPECT_GT(c.not_in_force, 0U);
}

// The A2 (TPP 288) is below every 3A090 threshold: each 3A090 criterion is listed with its
// comparison, the value below the threshold and a negative margin.
TEST(CheckedRules, AnItemBelowEveryThresholdMissesEachWithItsMargin) {
  const Model& m = testing::LoadBundled().model;
  const Decision d = Ask("nvidia-a2", "DE", "2025-03-01");
  const auto missed = explain::MissedThresholds(m, d);
  std::vector<std::string> eccns;
  for (const auto& t : missed) {
    eccns.push_back(m.eccns[t.eccn].name);
    ASSERT_FALSE(t.comparisons.empty());
    for (const Explanation* c : t.comparisons) {
      ASSERT_TRUE(c->comparison && c->comparison->lhs && c->comparison->rhs) << c->label;
      EXPECT_EQ(c->value, Tri::kFalse);
      EXPECT_EQ(c->comparison->result, Tri::kFalse);
    }
  }
  for (const char* criterion : {"3A090.a.1", "3A090.a.2", "3A090.b.1", "3A090.b.2"}) {
    EXPECT_NE(std::find(eccns.begin(), eccns.end(), criterion), eccns.end()) << criterion;
  }
  // The TPP test of 3A090.a.1: 288 is 4512 below 4800.
  bool tpp_seen = false;
  for (const auto& t : missed) {
    if (m.eccns[t.eccn].name != "3A090.a.1") continue;
    for (const Explanation* c : t.comparisons) {
      const Comparison& cmp = *c->comparison;
      if (*cmp.rhs != Rational(4800)) continue;
      tpp_seen = true;
      EXPECT_EQ(*cmp.lhs, Rational(288));
      EXPECT_EQ(*Rational::Sub(*cmp.lhs, *cmp.rhs), Rational(-4512));
    }
  }
  EXPECT_TRUE(tpp_seen);
}

// The H100 meets 3A090.a.1, so that criterion is not among the missed; no IC paragraph is
// listed for a system (it fails them by its kind, not by a margin).
TEST(CheckedRules, AnItemAboveTheThresholdDoesNotListTheCriterionItMeets) {
  const Model& m = testing::LoadBundled().model;
  const Decision d = Ask("nvidia-h100-sxm5-80gb", "DE", "2025-03-01");
  ASSERT_NE(std::find(d.criteria.begin(), d.criteria.end(), "3A090.a.1"), d.criteria.end());
  for (const auto& t : explain::MissedThresholds(m, d)) EXPECT_NE(m.eccns[t.eccn].name, "3A090.a.1");
  for (const auto& t : explain::MissedThresholds(m, Ask("nvidia-hgx-h20-8gpu", "DE", "2025-03-01"))) {
    EXPECT_NE(m.eccns[t.eccn].name.rfind("3A090", 0), 0U) << m.eccns[t.eccn].name;
  }
}

}  // namespace
}  // namespace chipgate
