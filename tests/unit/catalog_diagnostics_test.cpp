// One case per catalog error kind: each fixture under tests/data/catalog/errors has exactly one
// problem, so the load must fail with exactly one diagnostic (no follow-on noise), and its
// rendering must name the file, the line and the offending key.
#include <gtest/gtest.h>

#include <fmt/format.h>

#include "support/catalog_fixtures.hpp"

namespace chipgate {
namespace {

using testing::CatalogFixture;
using testing::LoadFixtures;

struct ErrorCase {
  const char* name;
  std::vector<std::string> layers;  // relative to tests/data/catalog
  const char* code;
  const char* file;                 // the file the error points into
  int line;
  const char* key;                  // expected in backticks
  const char* also = "";            // more text the message, notes or help must contain
};

class CatalogError : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(CatalogError, IsReportedOnceWithFileLineAndKey) {
  const ErrorCase& c = GetParam();
  const auto loaded = LoadFixtures(c.layers);
  EXPECT_FALSE(loaded.result.ok());
  ASSERT_EQ(loaded.result.diagnostics.size(), 1U) << loaded.Rendered();
  const Diagnostic& d = loaded.result.diagnostics[0];
  EXPECT_EQ(d.code, c.code);
  const std::string text = RenderOne(d, loaded.sources);
  EXPECT_EQ(text.rfind(fmt::format("{}:{}:", CatalogFixture(c.file), c.line), 0), 0U) << text;
  EXPECT_NE(text.find(fmt::format("error[{}]", c.code)), std::string::npos) << text;
  EXPECT_NE(text.find(fmt::format("`{}`", c.key)), std::string::npos) << text;
  EXPECT_NE(text.find(c.also), std::string::npos) << text;
}

const ErrorCase kCases[] = {
    {"Syntax", {"errors/syntax.toml"}, "C0101", "errors/syntax.toml", 7, "die_area_mm2",
     "invalid TOML"},
    {"UnknownKey", {"errors/unknown-key.toml"}, "C0102", "errors/unknown-key.toml", 6,
     "die_area_mm", "did you mean `die_area_mm2`?"},
    {"UnknownPrecision", {"errors/unknown-precision.toml"}, "C0102",
     "errors/unknown-precision.toml", 9, "tf23", "did you mean `tf32`?"},
    {"UnknownSourceKey", {"errors/unknown-source-key.toml"}, "C0102",
     "errors/unknown-source-key.toml", 12, "ulr", "did you mean `url`?"},
    {"UnknownContainsKey", {"errors/parts", "errors/unknown-contains-key.toml"}, "C0102",
     "errors/unknown-contains-key.toml", 9, "cuont", "did you mean `count`?"},
    {"WrongType", {"errors/wrong-type.toml"}, "C0103", "errors/wrong-type.toml", 6,
     "die_area_mm2", "must be a number, not a string"},
    {"FloatForInteger", {"errors/float-for-integer.toml"}, "C0103",
     "errors/float-for-integer.toml", 6, "release_year", "must be an integer"},
    {"MissingKey", {"errors/missing-key.toml"}, "C0104", "errors/missing-key.toml", 1, "vendor",
     "missing required key"},
    {"MissingSources", {"errors/missing-sources.toml"}, "C0105", "errors/missing-sources.toml", 1,
     "[[sources]]"},
    {"SourceWithoutTitle", {"errors/source-without-title.toml"}, "C0105",
     "errors/source-without-title.toml", 10, "title"},
    {"InvalidId", {"errors/invalid-id.toml"}, "C0106", "errors/invalid-id.toml", 2, "Test_Chip"},
    {"InvalidKind", {"errors/invalid-kind.toml"}, "C0107", "errors/invalid-kind.toml", 5, "kind",
     "`gpu`"},
    {"InvalidConfidence", {"errors/invalid-confidence.toml"}, "C0108",
     "errors/invalid-confidence.toml", 6, "confidence", "`hgh`"},
    {"Negative", {"errors/negative.toml"}, "C0109", "errors/negative.toml", 6, "tdp_w", "negative"},
    {"Zero", {"errors/zero.toml"}, "C0110", "errors/zero.toml", 6, "die_area_mm2", "never zero"},
    {"Implausible", {"errors/implausible.toml"}, "C0111", "errors/implausible.toml", 6,
     "memory_bandwidth_gbps", "the maximum is 100000000 GB/s"},
    {"Inexact", {"errors/inexact.toml"}, "C0119", "errors/inexact.toml", 6, "die_area_mm2",
     "cannot be held exactly"},
    {"DenseAboveSparse", {"errors/dense-above-sparse.toml"}, "C0112",
     "errors/dense-above-sparse.toml", 8, "dense_tops.fp8", "a sparse number entered as dense?"},
    {"DenseOnSystem", {"errors/dense-on-system.toml"}, "C0113", "errors/dense-on-system.toml", 7,
     "dense_tops", "`system`"},
    {"ContainsOnIc", {"errors/parts", "errors/contains-on-ic.toml"}, "C0114",
     "errors/contains-on-ic.toml", 10, "contains", "`ic`"},
    {"DuplicateId", {"errors/duplicate-id"}, "C0115", "errors/duplicate-id/b.toml", 2, "test-chip",
     "note: first defined at"},
    {"ContainsUnknown", {"errors/parts", "errors/contains-unknown.toml"}, "C0116",
     "errors/contains-unknown.toml", 8, "test-prat", "did you mean `test-part`?"},
    {"ContainsCount", {"errors/parts", "errors/contains-count.toml"}, "C0117",
     "errors/contains-count.toml", 9, "contains.count", "at least 1"},
    {"ContainsCycle", {"errors/contains-cycle"}, "C0118", "errors/contains-cycle/b.toml", 8,
     "rack-a", "`rack-a` → `rack-b` → `rack-a`"},
};

INSTANTIATE_TEST_SUITE_P(Kinds, CatalogError, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ErrorCase>& param) { return param.param.name; });

TEST(CatalogErrors, DuplicateIdNotesTheFirstFile) {
  const auto loaded = LoadFixtures({"errors/duplicate-id"});
  ASSERT_EQ(loaded.result.diagnostics.size(), 1U);
  ASSERT_EQ(loaded.result.diagnostics[0].notes.size(), 1U);
  EXPECT_EQ(loaded.result.diagnostics[0].notes[0],
            "first defined at " + CatalogFixture("errors/duplicate-id/a.toml") + ":2:6");
}

TEST(CatalogErrors, MissingLayerIsReportedWithItsPath) {
  const auto loaded = LoadFixtures({"errors/no-such-folder"});
  EXPECT_FALSE(loaded.result.ok());
  ASSERT_EQ(loaded.result.diagnostics.size(), 1U);
  EXPECT_EQ(loaded.result.diagnostics[0].code, "C0100");
  EXPECT_NE(loaded.Rendered().find(CatalogFixture("errors/no-such-folder") + ": error[C0100]"),
            std::string::npos)
      << loaded.Rendered();
}

// One bad file never hides another: the whole folder of fixtures, loaded as one layer, reports
// each fixture's one problem (and nothing else), sorted by file and line.
TEST(CatalogErrors, CollectsEveryErrorSortedByFileAndLine) {
  const auto loaded = LoadFixtures({"errors"});
  EXPECT_FALSE(loaded.result.ok());
  const auto& ds = loaded.result.diagnostics;
  EXPECT_EQ(ds.size(), std::size(kCases)) << loaded.Rendered();
  for (const ErrorCase& c : kCases) {
    bool found = false;
    for (const Diagnostic& d : ds) found = found || d.code == c.code;
    EXPECT_TRUE(found) << c.name;
  }
  for (std::size_t i = 1; i < ds.size(); ++i) {
    const auto& a = loaded.sources.file(ds[i - 1].span->file);
    const auto& b = loaded.sources.file(ds[i].span->file);
    const auto key_a = std::make_pair(a.path(), a.Locate(ds[i - 1].span->begin).line);
    const auto key_b = std::make_pair(b.path(), b.Locate(ds[i].span->begin).line);
    EXPECT_LE(key_a, key_b);
  }
}

}  // namespace
}  // namespace chipgate
