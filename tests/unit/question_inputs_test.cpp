// The inputs of a question beyond item, destination and headquarters: transaction, exporter,
// end-use questions (unanswered: conditions, not indeterminate), the UAE approved-entity fact,
// subdivisions of a country, params with a declared domain. Each through both evaluators.
#include <gtest/gtest.h>

#include <fstream>

#include "chipgate/chipgate.hpp"
#include "support/bundled.hpp"
#include "support/engine_with_rules.hpp"
#include "support/temp_dir.hpp"

namespace chipgate {
namespace {

constexpr const char* kRules = R"rules(ruleset "inputs" authority "test" from 2022-10-07 current 2026-07-23

require t.crimea "license for anything to Crimea"
  effective 2022-10-07
  cite "15 CFR 746.6"
  when destination in {UA-43}
  review presumption_of_denial

require t.ukraine "license for anything to Ukraine (regions included)"
  effective 2022-10-07
  cite "test"
  when destination in {UA} and kind == system

require t.reexport "license for a reexport to Germany"
  effective 2022-10-07
  cite "test"
  when destination in {DE} and transaction in ["reexport", "transfer"]

require t.military "license for a military end use in China"
  effective 2022-10-07
  cite "15 CFR 744.21"
  asks "Are the items for a military end use or a military end user in China?"
  when destination in {CN} and military_end_use
  review presumption_of_denial

require t.uae "license to the UAE unless the party is approved"
  effective 2022-10-07
  cite "test"
  when destination in {AE} and not uae_approved_entity

require t.letter "a letter to NVIDIA"
  letter "NVIDIA" source "test letter"
  effective 2022-10-07
  cite "test"
  when destination in {VN}
)rules";

class Inputs : public ::testing::Test {
 protected:
  void SetUp() override {
    engine_ = testing::EngineWithRules(dir_, "inputs.rules", kRules);
    ASSERT_NE(engine_, nullptr);
  }

  // Both evaluators, required to agree; returns the explained one.
  Decision Ask(Question q) {
    if (q.date.empty()) q.date = "2025-06-01";
    if (q.item.empty()) q.item = "nvidia-h20";
    const auto fast = engine_->Decide(q);
    const auto slow = engine_->Explain(q);
    EXPECT_TRUE(fast.ok() && slow.ok());
    if (!fast.ok() || !slow.ok()) return {};
    EXPECT_EQ(fast->outcome, slow->outcome) << q.destination;
    EXPECT_EQ(fast->triggered, slow->triggered) << q.destination;
    EXPECT_EQ(fast->conditions, slow->conditions) << q.destination;
    return *slow;
  }

  static Question To(const char* destination) {
    Question q;
    q.item = "nvidia-h20";
    q.destination = destination;
    q.date = "2025-06-01";
    return q;
  }

  testing::TempDir dir_;
  std::unique_ptr<Engine> engine_;
};

TEST_F(Inputs, ASubdivisionIsInItsCountrysSetsButTheCountryIsNotTheSubdivision) {
  EXPECT_EQ(Ask(To("UA-43")).triggered, std::vector<std::string>{"t.crimea"});
  EXPECT_EQ(Ask(To("UA")).outcome, Outcome::kNoLicenseRequired);
  Question system = To("UA-43");
  system.item = "nvidia-dgx-h100";
  EXPECT_EQ(Ask(system).triggered, (std::vector<std::string>{"t.crimea", "t.ukraine"}));
}

TEST_F(Inputs, TransactionDefaultsToExport) {
  EXPECT_EQ(Ask(To("DE")).outcome, Outcome::kNoLicenseRequired);
  Question q = To("DE");
  q.transaction = "reexport";
  EXPECT_EQ(Ask(q).triggered, std::vector<std::string>{"t.reexport"});
  q.transaction = "transfer";
  EXPECT_EQ(Ask(q).triggered, std::vector<std::string>{"t.reexport"});
  q.transaction = "smuggle";
  const auto bad = engine_->Decide(q);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.diagnostics[0].code, "Q0106");
}

TEST_F(Inputs, AnUnansweredEndUseIsAConditionNotAnIndeterminateAnswer) {
  const Decision open = Ask(To("CN"));
  EXPECT_EQ(open.outcome, Outcome::kNoLicenseRequired);
  ASSERT_EQ(open.conditions.size(), 2U);
  EXPECT_EQ(open.conditions[0].kind, ConditionKind::kEndUse);
  EXPECT_EQ(open.conditions[1].kind, ConditionKind::kPartiesNotScreened);
  const std::string json = engine_->RenderDecision(open, Format::kJson);
  EXPECT_NE(json.find("\"question\": \"Are the items for a military end use or a military end user in China?\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"rules_current_to\": \"2026-07-23\""), std::string::npos) << json;
  EXPECT_NE(engine_->RenderDecision(open, Format::kText).find("NO LICENSE REQUIRED, provided that:"), std::string::npos);

  Question none = To("CN");
  none.end_use = {"none"};
  const Decision answered = Ask(none);
  EXPECT_EQ(answered.outcome, Outcome::kNoLicenseRequired);
  ASSERT_EQ(answered.conditions.size(), 1U);  // the parties still
  Question military = To("CN");
  military.end_use = {"military"};
  const Decision yes = Ask(military);
  EXPECT_EQ(yes.outcome, Outcome::kLicenseRequired);
  EXPECT_EQ(yes.review, ReviewPolicy::kPresumptionOfDenial);
  // Elsewhere the military question does not arise.
  EXPECT_EQ(Ask(To("JP")).conditions.size(), 1U);
}

TEST_F(Inputs, EndUsesAreCheckedWords) {
  Question q = To("CN");
  q.end_use = {"militray"};
  auto r = engine_->Decide(q);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.diagnostics[0].code, "Q0105");
  q.end_use = {"none", "military"};
  r = engine_->Decide(q);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.diagnostics[0].field, "end_use");
}

TEST_F(Inputs, TheUaeApprovedEntityIsNotAssumed) {
  EXPECT_EQ(Ask(To("AE")).triggered, std::vector<std::string>{"t.uae"});
  Question approved = To("AE");
  approved.uae_approved_entity = true;
  EXPECT_EQ(Ask(approved).outcome, Outcome::kNoLicenseRequired);
}

TEST_F(Inputs, ALetterBindsItsRecipientTheVendorByDefault) {
  EXPECT_EQ(Ask(To("VN")).triggered, std::vector<std::string>{"t.letter"});
  Question other = To("VN");
  other.exporter = "Example Distributor Ltd";
  EXPECT_EQ(Ask(other).outcome, Outcome::kNoLicenseRequired);
  Question amd = To("VN");
  amd.item = "amd-mi210";
  EXPECT_EQ(Ask(amd).outcome, Outcome::kNoLicenseRequired);
  amd.exporter = "NVIDIA";
  EXPECT_EQ(Ask(amd).triggered, std::vector<std::string>{"t.letter"});
}

TEST_F(Inputs, ADateAfterTheRulesAreCurrentIsWarnedAbout) {
  Question q = To("DE");
  q.date = "2026-11-28";
  const std::string json = engine_->RenderDecision(Ask(q), Format::kJson);
  EXPECT_NE(json.find("the rules are current to 2026-07-23; 2026-11-28 is later"), std::string::npos) << json;
}

TEST(ParamDomain, ValuesOutsideTheDeclaredDomainAreRefused) {
  EngineOptions o;
  o.data_dir = testing::SourcePath("");
  for (const char* bad : {"tf32_bits=-5", "tf32_bits=0", "tf32_bits=1.5", "tf32_bits=100000", "tf32_bits=20"}) {
    o.params = {bad};
    const auto r = Engine::Load(o);
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(r.diagnostics[0].code, "E0703") << bad;
    EXPECT_NE(r.diagnostics[0].message.find("one of 19, 32"), std::string::npos) << r.diagnostics[0].message;
  }
  o.params = {"tf32_bits=19"};
  EXPECT_TRUE(Engine::Load(o).ok());
}

TEST(ParamDomain, ANumberParamMustDeclareOne) {
  testing::TempDir dir;
  std::ofstream(dir.File("p.rules")) << "ruleset \"p\"\nparam bits : bit = 32 \"no domain\"\nparam two : bit = 3 range 1 to 2 \"outside\"\n";
  EngineOptions o;
  o.data_dir = testing::SourcePath("");
  o.rules = {dir.File("p.rules")};
  const auto r = Engine::Load(o);
  ASSERT_FALSE(r.ok());
  const std::string text = RenderText(r.diagnostics);
  EXPECT_NE(text.find("error[E0308]: number param `bits` declares no domain"), std::string::npos) << text;
  EXPECT_NE(text.find("error[E0308]: the default of param `two` is outside its domain"), std::string::npos) << text;
}

}  // namespace
}  // namespace chipgate
