// The diff between dates and between rule trees: the A800/H800 reclassification when the Oct 2023
// rule took effect, Cambodia leaving D:5, a draft rule edit, and the order and symmetry that make
// the output reviewable.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "analysis/diff.hpp"
#include "check/rules.hpp"
#include "support/bundled.hpp"
#include "support/edited_rules.hpp"
#include "support/temp_dir.hpp"

namespace chipgate {
namespace {

using testing::LoadBundled;

RuleTree Bundled() { return {&LoadBundled().model, &LoadBundled().params, &LoadBundled().sources}; }

DiffReport Dates(const char* from, const char* to, const std::vector<const char*>& ids = {}) {
  DiffOptions options;
  for (const char* id : ids) options.items.push_back(*LoadBundled().catalog.IndexOf(id));
  return DiffDates(Bundled(), LoadBundled().catalog, *Date::Parse(from), *Date::Parse(to), options);
}

const ItemChange* Find(const DiffReport& r, const std::string& id) {
  for (const auto& item : r.items) {
    if (item.item == id) return &item;
  }
  return nullptr;
}

std::vector<std::string> CauseIds(const DiffReport& r, const std::vector<std::size_t>& indices) {
  std::vector<std::string> out;
  for (const auto i : indices) out.push_back(r.causes[i].id);
  return out;
}

bool Has(const std::vector<std::string>& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); }

TEST(Diff, A800AndH800Become3A090aWhenTheOctober2023RuleTakesEffect) {
  const DiffReport r = Dates("2023-11-16", "2023-11-17");
  for (const char* id : {"nvidia-a800-sxm4-80gb", "nvidia-h800-sxm5"}) {
    const ItemChange* c = Find(r, id);
    ASSERT_NE(c, nullptr) << id;
    EXPECT_EQ(c->classifications_before, (std::vector<std::string>{"3A991.p", "3A991.p.1", "3A991.p.2"})) << id;  // the 2022 rule: interconnect 400 < 600 GB/s, so the catch-all
    ASSERT_FALSE(c->classifications_after.empty()) << id;
    EXPECT_EQ(c->classifications_after.front(), "3A090.a") << id;
    EXPECT_TRUE(Has(c->classifications_after, "3A090.a.1")) << id;
    const auto causes = CauseIds(r, c->classification_causes);
    EXPECT_TRUE(Has(causes, "ear.3a090.a.1")) << id;
    EXPECT_TRUE(Has(causes, "ear.3a090.a.2023")) << id;
    EXPECT_FALSE(Has(causes, "ear.3a090.a.2022")) << id;  // it ends, but never held for these parts
    // NVIDIA's 8-K: on 23 Oct 2023 BIS applied the new license requirement to its datacenter
    // parts at once, for the same destinations, so no destination's decision changes on the 17th.
    EXPECT_TRUE(c->destinations.empty()) << id;
  }
  bool letter_ends = false;
  for (const auto& cause : r.causes) {
    if (cause.id == "ear.letter.nvidia.2023-10-23") letter_ends = cause.kind == CauseKind::kRuleForce && !cause.on_b;
  }
  EXPECT_TRUE(letter_ends);
}

TEST(Diff, CambodiaLeavingD5ChangesOnlyCambodianDecisions) {
  const DiffReport r = Dates("2026-02-02", "2026-02-03");  // Cambodia left D:5 on 3 Feb 2026
  ASSERT_EQ(r.causes.size(), 1U);
  const Cause& kh = r.causes[0];
  EXPECT_EQ(kh.kind, CauseKind::kMembership);
  EXPECT_EQ(kh.id, "D:5");
  EXPECT_EQ(kh.country, CountryCode::Parse("KH"));
  EXPECT_FALSE(kh.on_b);
  EXPECT_TRUE(kh.used);
  ASSERT_FALSE(r.items.empty());
  const Model& m = LoadBundled().model;
  for (const auto& item : r.items) {
    EXPECT_FALSE(item.ClassificationChanged()) << item.item;
    ASSERT_EQ(item.destinations.size(), 1U) << item.item;
    EXPECT_EQ(item.destinations[0].destination, CountryCode::Parse("KH")) << item.item;
    EXPECT_EQ(item.destinations[0].causes, std::vector<std::size_t>{0}) << item.item;
  }
  struct Expected {
    const char* id;
    const char* before;
    const char* after;
    const char* via;
  };
  // Datacenter 3A090.a: the headquarters rule no longer applies to a Cambodian end user, and D:1
  // alone reviews with a presumption of approval. NAC-eligible parts move from NAC (D:5) to ACA.
  // The H20's is-informed letter covers China, Macau and D:5 only.
  // `*`: every answer is subject to the end-use questions (the WMD ones reach everything).
  for (const Expected& e : {Expected{"nvidia-h100-sxm5-80gb", "LIC:denial*", "LIC:approval*", "ear.744.23.a.3"},
                            Expected{"nvidia-rtx-4090", "LIC+NAC*", "LIC+ACA*", "ear.740.8.aca"},
                            Expected{"amd-mi210", "LIC+NAC*", "LIC+ACA*", "ear.740.8.nac"},
                            Expected{"nvidia-h20", "LIC*", "NLR*", "ear.letter.nvidia.h20.2025"}}) {
    const ItemChange* c = Find(r, e.id);
    ASSERT_NE(c, nullptr) << e.id;
    EXPECT_EQ(CellCode(c->destinations[0].before, m), e.before) << e.id;
    EXPECT_EQ(CellCode(c->destinations[0].after, m), e.after) << e.id;
    EXPECT_TRUE(Has(c->destinations[0].via, e.via)) << e.id;
  }
  // Not controlled on either date; only its end-use questions change (the supercomputer and
  // advanced-node ones follow D:5), so the code stays NLR* on both sides.
  if (const ItemChange* d = Find(r, "nvidia-rtx-4090d")) {
    EXPECT_EQ(CellCode(d->destinations[0].before, m), "NLR*");
    EXPECT_EQ(CellCode(d->destinations[0].after, m), "NLR*");
    EXPECT_NE(d->destinations[0].before.conditions, d->destinations[0].after.conditions);
  }
}

TEST(Diff, OrderIsByItemThenDestinationAndCausesAreSorted) {
  const DiffReport r = Dates("2024-01-01", "2026-11-28");
  for (std::size_t i = 1; i < r.items.size(); ++i) EXPECT_LT(r.items[i - 1].item, r.items[i].item);
  for (const auto& item : r.items) {
    for (std::size_t i = 1; i < item.destinations.size(); ++i) {
      EXPECT_LT(item.destinations[i - 1].destination, item.destinations[i].destination);
    }
  }
  for (std::size_t i = 1; i < r.causes.size(); ++i) {
    const Cause& a = r.causes[i - 1];
    const Cause& b = r.causes[i];
    EXPECT_TRUE(a.kind < b.kind || (a.kind == b.kind && (a.id < b.id || (a.id == b.id && a.country < b.country))));
  }
}

TEST(Diff, SwappingTheDatesSwapsBeforeAndAfter) {
  const DiffReport forward = Dates("2026-02-02", "2026-02-03");
  const DiffReport back = Dates("2026-02-03", "2026-02-02");
  ASSERT_EQ(forward.items.size(), back.items.size());
  for (std::size_t i = 0; i < forward.items.size(); ++i) {
    ASSERT_EQ(forward.items[i].destinations.size(), back.items[i].destinations.size());
    for (std::size_t d = 0; d < forward.items[i].destinations.size(); ++d) {
      EXPECT_EQ(forward.items[i].destinations[d].before, back.items[i].destinations[d].after);
      EXPECT_EQ(forward.items[i].destinations[d].after, back.items[i].destinations[d].before);
    }
  }
}

TEST(Diff, SameDateChangesNothing) {
  const DiffReport r = Dates("2025-06-01", "2025-06-01");
  EXPECT_TRUE(r.causes.empty());
  EXPECT_TRUE(r.items.empty());
}

// A draft edit: 3A090.b.1 from TPP 2300 instead of 2400 catches the H20 (TPP 2368).
TEST(Diff, DraftRuleEditAgainstTheRulesInForce) {
  testing::TempDir dir;
  const std::string rules = testing::EditedRulesCopy(dir, "us-ear/ac-2023.rules", "2400 <= tpp < 4800", "2300 <= tpp < 4800");
  SourceSet sources;
  Result<Model> draft = LoadRules({rules}, sources);
  ASSERT_TRUE(draft.ok()) << RenderText(draft.diagnostics, sources);
  const ParamValues params = ParamValues::Defaults(*draft.value);
  const RuleTree b{&*draft.value, &params, &sources};
  const DiffReport r = DiffTrees(Bundled(), b, LoadBundled().catalog, *Date::Parse("2026-11-28"), {});
  ASSERT_EQ(r.causes.size(), 1U);
  EXPECT_EQ(r.causes[0].kind, CauseKind::kRuleEdited);
  EXPECT_EQ(r.causes[0].id, "ear.3a090.b.1");
  const ItemChange* h20 = Find(r, "nvidia-h20");
  ASSERT_NE(h20, nullptr);
  EXPECT_EQ(h20->classifications_after, (std::vector<std::string>{"3A090.b", "3A090.b.1"}));
  const ItemChange* hgx = Find(r, "nvidia-hgx-h20-8gpu");  // the system follows its IC, and says why
  ASSERT_NE(hgx, nullptr);
  EXPECT_EQ(hgx->classification_causes, std::vector<std::size_t>{0});
  const DiffReport same = DiffTrees(Bundled(), Bundled(), LoadBundled().catalog, *Date::Parse("2026-11-28"), {});
  EXPECT_TRUE(same.causes.empty());
  EXPECT_TRUE(same.items.empty());
}

}  // namespace
}  // namespace chipgate
