// Headroom: margins read from the rules, and flips exact at every 3A090 boundary. Each flip is
// checked here again by editing the item the way `whatif --set` does and re-evaluating it with
// the explaining evaluator: the outcome must change at the flip value and not one step back.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "explain/explain.hpp"
#include "analysis/headroom.hpp"
#include "check/rules.hpp"
#include "support/bundled.hpp"
#include "support/edited_rules.hpp"
#include "support/temp_dir.hpp"
#include "support/variants.hpp"

namespace chipgate {
namespace {

using testing::ClassificationOf;
using testing::Dec;
using testing::Edited;
using testing::LoadBundled;
using testing::PlacedIc;
using testing::WithItems;

const Date kDate = *Date::Parse("2026-11-28");

HeadroomReport HeadroomOf(const Catalog& catalog, const std::string& id, const char* to = nullptr) {
  const auto& b = LoadBundled();
  HeadroomQuery q;
  q.item = *catalog.IndexOf(id);
  q.date = kDate;
  if (to != nullptr) {
    q.destination = *CountryCode::Parse(to);
    q.end_user_hq = q.destination;
  }
  return Headroom(b.model, catalog, b.params, q);
}

const Threshold* FindThreshold(const HeadroomReport& r, const std::string& rule, const std::string& quantity, CmpOp op) {
  for (const auto& t : r.thresholds) {
    if (t.rule_id == rule && t.quantity == quantity && t.op == op) return &t;
  }
  return nullptr;
}

const Flip* FindFlip(const std::vector<Flip>& flips, const std::string& spec, bool up) {
  for (const auto& f : flips) {
    if (f.spec.Name() == spec && f.up == up) return &f;
  }
  return nullptr;
}

std::string Edit(const Flip& f, const Rational& value) {
  if (f.spec.kind == Spec::Kind::kDatacenter) return value.IsZero() ? "datacenter=false" : "datacenter=true";
  return f.spec.Name() + "=" + value.ToString(6);
}

std::vector<std::string> Composite(const FlipOutcome& o) {
  std::vector<std::string> out = o.classifications;
  for (const auto& u : o.undecided) out.push_back("?" + u);
  return out;
}

// The independent check: the flip value changes the classification, one step back does not.
void ExpectClassificationFlip(const Catalog& catalog, const std::string& id, const Flip& f) {
  const Item& item = *catalog.Find(id);
  const auto before = ClassificationOf(catalog, id, kDate);
  const Catalog at = WithItems({Edited(item, {Edit(f, f.to)})});
  EXPECT_NE(ClassificationOf(at, id, kDate), before) << id << " " << Edit(f, f.to);
  EXPECT_EQ(ClassificationOf(at, id, kDate), Composite(f.after)) << id << " " << Edit(f, f.to);
  if (f.spec.kind == Spec::Kind::kDatacenter) return;
  const Catalog back = WithItems({Edited(item, {Edit(f, f.step_back)})});
  EXPECT_EQ(ClassificationOf(back, id, kDate), before) << id << " " << Edit(f, f.step_back);
  const Rational distance = *Rational::Sub(f.to, f.step_back);
  EXPECT_TRUE(distance == SpecStep(f.spec) || distance == *Rational::Sub(Rational(0), SpecStep(f.spec)) || f.step_back == f.from)
      << id << " " << f.spec.Name();
}

TEST(Headroom, H20MarginsAgainst3A090) {
  const auto& catalog = LoadBundled().catalog;
  const HeadroomReport r = HeadroomOf(catalog, "nvidia-h20");
  EXPECT_EQ(r.current.classifications, (std::vector<std::string>{"3A991.p"}));  // not 3A090: the AT-only catch-all
  const Threshold* b1 = FindThreshold(r, "ear.3a090.b.1", "tpp", CmpOp::kGe);
  ASSERT_NE(b1, nullptr);
  EXPECT_EQ(b1->value, Rational(2368));
  EXPECT_EQ(b1->limit, Rational(2400));
  EXPECT_EQ(b1->paragraph, "3A090.b.1");
  EXPECT_FALSE(b1->holds);
  const Threshold* b2 = FindThreshold(r, "ear.3a090.b.2", "pd", CmpOp::kGe);
  ASSERT_NE(b2, nullptr);
  EXPECT_EQ(b2->value, *Rational::Make(2368, 814));
  EXPECT_EQ(Rational::Sub(b2->limit, b2->value)->ToString(2), "0.29");  // "PD 2.91: 0.29 below b.2's 3.2"
  const Threshold* a1 = FindThreshold(r, "ear.3a090.a.1", "tpp", CmpOp::kGe);
  ASSERT_NE(a1, nullptr);
  EXPECT_EQ(a1->limit, Rational(4800));
  EXPECT_NE(FindThreshold(r, "ear.3a090.a.2", "pd", CmpOp::kGe), nullptr);
  EXPECT_NE(FindThreshold(r, "ear.3a090.b.1", "pd", CmpOp::kGe), nullptr);  // `1.6 <= pd`, turned around
  EXPECT_NE(FindThreshold(r, "ear.3a090.note2", "tpp", CmpOp::kLt), nullptr);
}

TEST(Headroom, H20NearestFlipsAreTpp2400AndDie740) {
  const auto& catalog = LoadBundled().catalog;
  const HeadroomReport r = HeadroomOf(catalog, "nvidia-h20");
  const Flip* tpp_up = FindFlip(r.classification_flips, "tpp", true);
  ASSERT_NE(tpp_up, nullptr);
  EXPECT_EQ(tpp_up->to, Rational(2400));
  EXPECT_EQ(tpp_up->step_back, Dec("2399.99"));
  EXPECT_EQ(tpp_up->after.classifications, std::vector<std::string>{"3A090.b"});
  EXPECT_EQ(FindFlip(r.classification_flips, "tpp", false), nullptr);  // less TPP never controls it
  const Flip* die_down = FindFlip(r.classification_flips, "die_area_mm2", false);
  ASSERT_NE(die_down, nullptr);
  EXPECT_EQ(die_down->to, Rational(740));  // 2368 / 3.2, and pd >= 3.2 includes it
  EXPECT_EQ(die_down->step_back, Dec("740.01"));
  EXPECT_EQ(FindFlip(r.classification_flips, "datacenter", false), nullptr);  // not datacenter: Note 2, still none
  for (const auto& f : r.classification_flips) ExpectClassificationFlip(catalog, "nvidia-h20", f);
}

TEST(Headroom, Rtx4090DMarginsAndFlips) {
  const auto& catalog = LoadBundled().catalog;
  const HeadroomReport r = HeadroomOf(catalog, "nvidia-rtx-4090d");
  const Threshold* a1 = FindThreshold(r, "ear.3a090.a.1", "tpp", CmpOp::kGe);
  ASSERT_NE(a1, nullptr);
  EXPECT_EQ(a1->value, Dec("4707.2"));
  EXPECT_EQ(*Rational::Sub(a1->limit, a1->value), Dec("92.8"));
  const Threshold* note = FindThreshold(r, "ear.3a090.note2", "tpp", CmpOp::kLt);
  ASSERT_NE(note, nullptr);
  EXPECT_TRUE(note->holds);
  const Flip* up = FindFlip(r.classification_flips, "tpp", true);
  ASSERT_NE(up, nullptr);
  EXPECT_EQ(up->to, Rational(4800));
  EXPECT_EQ(up->after.classifications, std::vector<std::string>{"3A090.a"});
  const Flip* dc = FindFlip(r.classification_flips, "datacenter", true);
  ASSERT_NE(dc, nullptr);  // marketed for datacenters, PD 7.7 makes it 3A090.a.2
  EXPECT_EQ(dc->after.criteria, std::vector<std::string>{"3A090.a.2"});
  for (const auto& f : r.classification_flips) ExpectClassificationFlip(catalog, "nvidia-rtx-4090d", f);
}

TEST(Headroom, Rtx4090DecisionFlipsForChina) {
  const auto& catalog = LoadBundled().catalog;
  const HeadroomReport r = HeadroomOf(catalog, "nvidia-rtx-4090", "CN");
  ASSERT_TRUE(r.current.cell.has_value());
  EXPECT_EQ(CellCode(*r.current.cell, LoadBundled().model), "LIC+NAC*");
  const Flip* down = FindFlip(r.decision_flips, "tpp", false);
  ASSERT_NE(down, nullptr);  // "cutting TPP below 4800 with datacenter=false removes the license requirement"
  EXPECT_EQ(down->to, Dec("4799.99"));
  EXPECT_EQ(down->step_back, Rational(4800));
  EXPECT_EQ(down->after.cell->license_required, Tri::kFalse);
  const Catalog at = WithItems({Edited(*catalog.Find("nvidia-rtx-4090"), {"tpp=4799.99"})});
  EXPECT_EQ(testing::CellFor(at, "nvidia-rtx-4090", "CN", kDate).license_required, Tri::kFalse);
  const Catalog back = WithItems({Edited(*catalog.Find("nvidia-rtx-4090"), {"tpp=4800"})});
  EXPECT_EQ(testing::CellFor(back, "nvidia-rtx-4090", "CN", kDate), *r.current.cell);
  const Flip* dc = FindFlip(r.decision_flips, "datacenter", true);
  ASSERT_NE(dc, nullptr);  // a datacenter 3A090.a item loses NAC
  EXPECT_EQ(ExceptionCodes(dc->after.cell->exceptions, LoadBundled().model), std::vector<std::string>{});
}

// One synthetic IC per 3A090 boundary, placed so that the boundary is the nearest change.
struct BoundaryCase {
  const char* name;
  const char* tpp;
  const char* pd;
  bool datacenter;
  const char* spec;
  bool up;
  const char* flip;       // the first value that changes the classification
  const char* step_back;  // one step toward the current value: unchanged
  const char* crossing;   // the threshold it crosses
};

const BoundaryCase kBoundaries[] = {
    // a.1 (TPP >= 4800) for a non-datacenter IC (Note 2 below it)
    {"a1_nondc", "4700", "8", false, "tpp", true, "4800", "4799.99", "tpp >= 4800"},
    // b.1's TPP < 4800 / a.1's 4800 for a datacenter IC at PD 2
    {"a1_from_b1", "4700", "2", true, "tpp", true, "4800", "4799.99", "tpp >= 4800"},
    // TPP >= 1600 (b.2 at PD 4; the PD falls with TPP but stays above 3.2 down to 1360)
    {"tpp1600", "1700", "4", true, "tpp", false, "1599.99", "1600", "tpp >= 1600"},
    // PD >= 5.92 (a.2 -> b): die above 3000 / 5.92 = 506.756..., first grid value 506.76
    {"pd592", "3000", "6", true, "die_area_mm2", true, "506.76", "506.75", "pd >= 5.92"},
    // TPP >= 2400 (none -> b.1) at die 1000 mm2
    {"tpp2400", "2300", "2.3", true, "tpp", true, "2400", "2399.99", "tpp >= 2400"},
    // PD >= 1.6 (b.1 -> none): die above 3000 / 1.6 = 1875
    {"pd16", "3000", "1.6666666666", true, "die_area_mm2", true, "1875.01", "1875", "pd >= 1.6"},
    // PD >= 3.2 (b.2 -> none): die above 2000 / 3.2 = 625
    {"pd32", "2000", "3.3333333333", true, "die_area_mm2", true, "625.01", "625", "pd >= 3.2"},
    // PD < 5.92 (b.2 -> a.2) by shrinking the die: die at most 2000 / 5.92 = 337.837..., 337.83
    {"pd592_shrink", "2000", "4", true, "die_area_mm2", false, "337.83", "337.84", "pd >= 5.92"},
};

class HeadroomBoundary : public ::testing::TestWithParam<BoundaryCase> {};

TEST_P(HeadroomBoundary, FlipIsTheFirstValueUnderTheRulesOwnComparison) {
  const BoundaryCase& c = GetParam();
  const std::string id = std::string("test-") + c.name;
  Item item = PlacedIc(id, c.tpp, c.pd, c.datacenter);
  // Round the die to the grid so the placed PD is exact to the case's intent.
  auto& die = item.numbers[static_cast<std::size_t>(NumberField::kDieAreaMm2)];
  die = Rational::Div(Rational(static_cast<std::int64_t>(die->ToDouble() * 100 + 0.5)), Rational(100))->Reduced();
  const Catalog catalog = WithItems({item});
  const HeadroomReport r = HeadroomOf(catalog, id);
  const Flip* f = FindFlip(r.classification_flips, c.spec, c.up);
  ASSERT_NE(f, nullptr) << c.name << "\n" << [&] {
    std::string all;
    for (const auto& x : r.classification_flips) all += x.spec.Name() + (x.up ? " up " : " down ") + x.to.ToString(4) + "\n";
    return all;
  }();
  EXPECT_EQ(f->to, Dec(c.flip)) << c.name;
  EXPECT_EQ(f->step_back, Dec(c.step_back)) << c.name;
  EXPECT_NE(f->crossing.find(c.crossing), std::string::npos) << c.name << ": " << f->crossing;
  ExpectClassificationFlip(catalog, id, *f);
}

INSTANTIATE_TEST_SUITE_P(Every3A090Threshold, HeadroomBoundary, ::testing::ValuesIn(kBoundaries),
                         [](const auto& test) { return std::string(test.param.name); });

// No flip is reported that re-evaluation does not confirm, for any IC in the catalog.
TEST(Headroom, EveryReportedFlipOfTheCatalogIsConfirmedByReEvaluation) {
  const auto& catalog = LoadBundled().catalog;
  std::size_t checked = 0;
  for (const auto& item : catalog.items()) {
    if (item.kind != ItemKind::kIc) continue;
    const HeadroomReport r = HeadroomOf(catalog, item.id);
    for (const auto& f : r.classification_flips) {
      ExpectClassificationFlip(catalog, item.id, f);
      ++checked;
    }
  }
  EXPECT_GT(checked, 50U);
}

TEST(Headroom, DecisionFlipsForChinaAreConfirmedByReEvaluation) {
  const auto& catalog = LoadBundled().catalog;
  for (const char* id : {"nvidia-h100-sxm5-80gb", "nvidia-h20", "nvidia-rtx-4090d", "amd-mi210", "nvidia-a800-sxm4-80gb"}) {
    const HeadroomReport r = HeadroomOf(catalog, id, "CN");
    for (const auto& f : r.decision_flips) {
      const Item& item = *catalog.Find(id);
      const DecisionCell at = testing::CellFor(WithItems({Edited(item, {Edit(f, f.to)})}), id, "CN", kDate);
      EXPECT_EQ(at, *f.after.cell) << id << " " << Edit(f, f.to);
      EXPECT_NE(at, *r.current.cell) << id << " " << Edit(f, f.to);
      if (f.spec.kind == Spec::Kind::kDatacenter) continue;
      const DecisionCell back = testing::CellFor(WithItems({Edited(item, {Edit(f, f.step_back)})}), id, "CN", kDate);
      EXPECT_EQ(back, *r.current.cell) << id << " " << Edit(f, f.step_back);
    }
  }
}

// Headroom reads its thresholds from the rules: move b.1's 2400 to 2500 and the H20's flip moves.
TEST(Headroom, FollowsAnEditedRuleFile) {
  testing::TempDir dir;
  const std::string rules = testing::EditedRulesCopy(dir, "us-ear/ac-2023.rules", "2400 <= tpp < 4800", "2500 <= tpp < 4800");
  SourceSet sources;
  const Result<Model> model = LoadRules({rules}, sources);
  ASSERT_TRUE(model.ok()) << RenderText(model.diagnostics, sources);
  const auto& catalog = LoadBundled().catalog;
  HeadroomQuery q;
  q.item = *catalog.IndexOf("nvidia-h20");
  q.date = kDate;
  const HeadroomReport r = Headroom(*model.value, catalog, ParamValues::Defaults(*model.value), q);
  const Flip* up = FindFlip(r.classification_flips, "tpp", true);
  ASSERT_NE(up, nullptr);
  EXPECT_EQ(up->to, Rational(2500));
}

TEST(Headroom, UnknownFiguresAreNotesNotFlips) {
  const auto& catalog = LoadBundled().catalog;
  const HeadroomReport r = HeadroomOf(catalog, "micron-hbm3e-24gb-8high");
  EXPECT_EQ(r.current.undecided, (std::vector<std::string>{"3A090.c", "3A991.p.2", "3A991.p", "EAR99"}));  // no package area: the catch-all is open too
  ASSERT_FALSE(r.notes.empty());
  EXPECT_NE(r.notes.front().find("missing: package_area_mm2"), std::string::npos) << r.notes.front();
}

}  // namespace
}  // namespace chipgate
