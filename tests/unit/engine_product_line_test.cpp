// The vendor requests of the public API (chipgate/engine.hpp): Headroom, WhatIf, Diff and
// DiffRules answer as the CLI commands print, and name the request field of every error with its
// code, so a program (or a later HTTP endpoint) can point at what it sent wrong.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "chipgate/chipgate.hpp"
#include "support/bundled.hpp"
#include "support/temp_dir.hpp"

namespace chipgate {
namespace {

const Engine& Bundled() { return testing::BundledEngine(); }

using Coded = std::pair<std::string, std::string>;  // code, field

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

template <class T>
std::pair<std::string, std::string> FirstError(const Result<T>& r) {
  if (r.ok() || r.diagnostics.empty()) return {"(none)", "(none)"};
  return {r.diagnostics.front().code, r.diagnostics.front().field};
}

TEST(EngineHeadroom, MarginsAsTextAndJson) {
  HeadroomRequest request;
  request.item = "nvidia-h20";
  request.date = "2026-11-28";
  const Result<std::string> text = Bundled().Headroom(request, Format::kText);
  ASSERT_TRUE(text.ok());
  EXPECT_TRUE(Has(*text, "[no ] tpp 2368: 32 below 3A090.b.1's 2400 (ear.3a090.b.1: tpp >= 2400)")) << *text;
  const Result<std::string> json = Bundled().Headroom(request, Format::kJson);
  ASSERT_TRUE(json.ok());
  EXPECT_EQ(json->front(), '{');
  EXPECT_TRUE(Has(*json, "\"item\": \"nvidia-h20\"")) << *json;
}

TEST(EngineHeadroom, EachBadFieldIsNamed) {
  // The H20 on a good date with one field replaced.
  const auto error = [](std::string HeadroomRequest::*field, const char* value, const char* destination = "") {
    HeadroomRequest r;
    r.item = "nvidia-h20";
    r.date = "2026-11-28";
    r.destination = destination;
    r.*field = value;
    return FirstError(Bundled().Headroom(r, Format::kText));
  };
  EXPECT_EQ(error(&HeadroomRequest::item, "nvidia-h2O"), Coded("Q0101", "item"));
  EXPECT_EQ(error(&HeadroomRequest::destination, "XX1"), Coded("Q0102", "destination"));
  EXPECT_EQ(error(&HeadroomRequest::end_user_hq, "nowhere", "CN"), Coded("Q0203", "end_user_hq"));
  EXPECT_EQ(error(&HeadroomRequest::exporter_hq, "U"), Coded("Q0102", "exporter_hq"));
  EXPECT_EQ(error(&HeadroomRequest::date, "2026-02-30"), Coded("Q0103", "date"));
  EXPECT_EQ(error(&HeadroomRequest::date, "1999-01-01"), Coded("Q0104", "date"));
  EXPECT_EQ(error(&HeadroomRequest::destination, "CN"), Coded("(none)", "(none)"));
}

TEST(EngineWhatIf, ChangesMakeAWhatIfVariantAndBadChangesAreNamed) {
  WhatIfRequest request;
  request.items = {"nvidia-h20"};
  request.changes = {"tpp=2400"};
  request.destination = "CN";
  request.date = "2026-11-28";
  const Result<std::string> json = Bundled().WhatIf(request, Format::kJson);
  ASSERT_TRUE(json.ok());
  EXPECT_TRUE(Has(*json, "\"label\": \"catalog\"")) << *json;
  EXPECT_TRUE(Has(*json, "\"label\": \"what-if\"")) << *json;
  EXPECT_FALSE(Has(*json, "\"label\": \"bundled\"")) << *json;  // the item is the bundled one
  request.changes = {"die_aera_mm2=700"};
  const Result<std::string> typo = Bundled().WhatIf(request, Format::kText);
  EXPECT_EQ(FirstError(typo), Coded("V0102", "changes"));
  ASSERT_FALSE(typo.diagnostics.front().notes.empty());
  EXPECT_EQ(typo.diagnostics.front().notes.front(), "did you mean `die_area_mm2`?");
  request.changes = {"die_area_mm2=0"};
  EXPECT_EQ(FirstError(Bundled().WhatIf(request, Format::kText)), Coded("C0110", "changes"));
  EXPECT_EQ(FirstError(Bundled().WhatIf(WhatIfRequest{}, Format::kText)), Coded("Q0101", "item"));
}

TEST(EngineDiff, DatesThatChangeADecisionAreAFinding) {
  DiffRequest request;
  request.from = "2026-02-02";
  request.to = "2026-02-03";
  request.items = {"nvidia-h100-sxm5-80gb"};
  const Result<RenderedAnswer> cambodia = Bundled().Diff(request, Format::kText);
  ASSERT_TRUE(cambodia.ok());
  EXPECT_TRUE(cambodia->finding);
  EXPECT_TRUE(Has(cambodia->body, "KH (Cambodia) leaves D:5 on 2026-02-03")) << cambodia->body;
  request.to = request.from;
  const Result<RenderedAnswer> same = Bundled().Diff(request, Format::kJson);
  ASSERT_TRUE(same.ok());
  EXPECT_FALSE(same->finding) << same->body;
  request.to = "2026-13-01";
  EXPECT_EQ(FirstError(Bundled().Diff(request, Format::kText)), Coded("Q0103", "to"));
  request.to.clear();
  EXPECT_EQ(FirstError(Bundled().Diff(request, Format::kText)), Coded("Q0103", "to"));
}

TEST(EngineDiff, SameRulesTwiceChangeNothing) {
  DiffRequest request;
  request.date = "2026-11-28";
  request.name = "a";
  request.other_name = "b";
  request.items = {"nvidia-h20", "nvidia-rtx-4090"};
  const Result<RenderedAnswer> diff = Bundled().DiffRules(Bundled(), request, Format::kText);
  ASSERT_TRUE(diff.ok());
  EXPECT_FALSE(diff->finding) << diff->body;
  EXPECT_TRUE(Has(diff->body, "a (rules sha256 ")) << diff->body;
}

// The bundled engine with the H20 replaced by a copy whose die is 700 mm2, from a catalog layer.
std::unique_ptr<Engine> WithSmallerH20(const testing::TempDir& dir) {
  std::ifstream in(testing::SourcePath("catalog/nvidia/nvidia-h20.toml"));
  std::string text((std::istreambuf_iterator<char>(in)), {});
  text.replace(text.find("die_area_mm2 = 814"), 18, "die_area_mm2 = 700");
  const std::string path = dir.File("my-design.toml");
  std::ofstream(path) << text;
  EngineOptions options;
  options.catalogs = {path};
  return testing::LoadBundledEngine(options);
}

TEST(EngineWhatIf, AnItemFromACatalogLayerIsShownBesideTheBundledOne) {
  testing::TempDir dir;
  const auto engine = WithSmallerH20(dir);
  WhatIfRequest request;
  request.items = {"nvidia-h20"};
  request.date = "2026-11-28";
  const Result<std::string> text = engine->WhatIf(request, Format::kText);
  ASSERT_TRUE(text.ok());
  EXPECT_TRUE(Has(*text, "bundled")) << *text;
  EXPECT_TRUE(Has(*text, "my-design.toml")) << *text;
  EXPECT_TRUE(Has(*text, "3A090.b")) << *text;  // 2368 / 700 mm2 is above PD 3.2
}

TEST(EngineDiff, RuleTreesOverDifferentCatalogsAreRefused) {
  testing::TempDir dir;
  const auto engine = WithSmallerH20(dir);
  DiffRequest request;
  request.date = "2026-11-28";
  EXPECT_EQ(FirstError(Bundled().DiffRules(*engine, request, Format::kText)), Coded("Q0205", "rules"));
}

}  // namespace
}  // namespace chipgate
