// Matrix cells (screen, diff, headroom, whatif) speak `check`'s vocabulary (issue 11): the
// outcome, PROHIBITED, and the end-use conditions of an answer. An end-use question a matrix
// cannot ask is taken as "no", as `check` answers, and the requirement a "yes" would add is a
// condition of the cell (`NLR*`), never an indeterminate cell and never a bare NLR.
#include <gtest/gtest.h>

#include <fstream>

#include "analysis/screen.hpp"
#include "engine/state.hpp"
#include "render/cell_json.hpp"
#include "support/bundled.hpp"
#include "support/engine_with_rules.hpp"
#include "support/temp_dir.hpp"

namespace chipgate {
namespace {

constexpr const char* kRules = R"rules(ruleset "end use" authority "test" from 2022-10-07 current 2026-07-23

require t.military "license for a military end use in China"
  effective 2022-10-07
  cite "15 CFR 744.21"
  asks "Are the items for a military end use or a military end user in China?"
  when destination in {CN} and military_end_use
  review presumption_of_denial
)rules";

class MatrixOutcome : public ::testing::Test {
 protected:
  void SetUp() override {
    engine_ = testing::EngineWithRules(dir_, "end-use.rules", kRules);
    ASSERT_NE(engine_, nullptr);
  }

  ScreenMatrix ScreenH100(const std::vector<std::string>& to) {
    const EngineState& s = engine_->state();
    std::vector<CountryCode> destinations;
    for (const auto& c : to) destinations.push_back(*CountryCode::Parse(c));
    ScreenOptions options;
    options.date = *Date::Parse("2025-06-01");
    Scratch scratch(s.compiled().program);
    return Screen(s.compiled().program, s.compiled().bound, {*s.catalog.IndexOf("nvidia-h100-sxm5-80gb")}, DestinationColumns(destinations),
                  options, scratch);
  }

  testing::TempDir dir_;
  std::unique_ptr<Engine> engine_;
};

TEST_F(MatrixOutcome, AnEndUseQuestionIsAConditionOfTheCellNotAnUnknown) {
  const ScreenMatrix m = ScreenH100({"CN", "DE"});
  const Model& model = engine_->state().model;
  const DecisionCell& china = m.At(0, 0)[0];
  EXPECT_EQ(china.outcome, Outcome::kNoLicenseRequired);
  EXPECT_EQ(china.license_required, Tri::kFalse);
  EXPECT_EQ(ConditionIds(china.conditions, model), std::vector<std::string>{"t.military"});
  EXPECT_EQ(CellCode(china, model), "NLR*");
  EXPECT_EQ(CellDescription(china, model), "no license required, provided that the end use does not bring in t.military");
  const DecisionCell& germany = m.At(0, 1)[0];
  EXPECT_EQ(germany.conditions, 0U);
  EXPECT_EQ(CellCode(germany, model), "NLR");
}

TEST_F(MatrixOutcome, TheMatrixCellIsTheCellOfChecksAnswer) {
  Question q;
  q.item = "nvidia-h100-sxm5-80gb";
  q.destination = "CN";
  q.date = "2025-06-01";
  const Result<Decision> explained = engine_->Explain(q);
  ASSERT_TRUE(explained.ok());
  const DecisionCell from_check = CellOf(*explained.value, engine_->state().model);
  EXPECT_EQ(from_check, ScreenH100({"CN"}).At(0, 0)[0]);
  q.end_use = {"military"};
  const DecisionCell military = CellOf(*engine_->Explain(q).value, engine_->state().model);
  EXPECT_EQ(military.outcome, Outcome::kLicenseRequired);
  EXPECT_EQ(military.conditions, 0U);
}

TEST_F(MatrixOutcome, JsonCellsCarryTheOutcomeAndConditions) {
  const Model& model = engine_->state().model;
  JsonWriter w;
  w.BeginObject();
  render::WriteCellFields(w, ScreenH100({"CN"}).At(0, 0)[0], model);
  w.EndObject();
  EXPECT_NE(w.str().find("\"outcome\": \"no_license_required\""), std::string::npos) << w.str();
  EXPECT_NE(w.str().find("\"conditions\": [\n    \"t.military\"\n  ]"), std::string::npos) << w.str();
}

TEST(MatrixCell, AProhibitedCellSaysSoWhateverElseItHolds) {
  const Model& model = testing::LoadBundled().model;
  DecisionCell cell;
  cell.outcome = Outcome::kProhibited;
  cell.determined = true;
  cell.license_required = Tri::kTrue;
  cell.exceptions = 1;
  EXPECT_EQ(CellCode(cell, model), "PROHIBITED");
  EXPECT_EQ(CellDescription(cell, model), "prohibited: no license can authorize it");
  DecisionCell licensed = cell;
  licensed.outcome = Outcome::kLicenseRequired;
  EXPECT_FALSE(cell == licensed) << "a diff must see prohibited -> license required as a change";
  bool in_legend = false;
  for (const auto& [code, meaning] : CellLegend()) in_legend = in_legend || code == "PROHIBITED";
  EXPECT_TRUE(in_legend);
}

}  // namespace
}  // namespace chipgate
