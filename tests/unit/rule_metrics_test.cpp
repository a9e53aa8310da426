// TPP, PD and the other metrics as the rules define them (rules/us-ear/metrics.rules), on
// published figures, and cross-checked for the whole bundled catalog against an independent C++
// computation (tests/support/reference_tpp) and against the reference table the catalog was
// built from (tests/data/reference/hardware.csv).
#include <gtest/gtest.h>

#include <fstream>
#include <map>

#include "audit/csv.hpp"
#include "explain/explain.hpp"
#include "support/bundled.hpp"
#include "support/reference_tpp.hpp"

namespace chipgate {
namespace {

using testing::LoadBundled;

Rational Dec(const char* text) { return *Rational::FromDecimal(text); }

std::optional<Rational> Metric(const ParamValues& params, const std::string& item, const std::string& name) {
  const auto& b = LoadBundled();
  for (const auto& m : ItemMetrics(b.model, b.catalog, params, *b.catalog.IndexOf(item))) {
    if (m.name == name) return m.value;
  }
  ADD_FAILURE() << "no metric " << name;
  return std::nullopt;
}

std::optional<Rational> Metric(const std::string& item, const std::string& name) {
  return Metric(LoadBundled().params, item, name);
}

TEST(RuleMetrics, PublishedValues) {
  EXPECT_EQ(Metric("nvidia-a100-sxm4-80gb", "tpp"), Rational(4992));           // 312 x 16 = 624 x 8
  EXPECT_EQ(Metric("nvidia-a100-sxm4-80gb", "pd"), Rational::Make(4992, 826));  // 6.04
  EXPECT_EQ(Metric("nvidia-h100-sxm5-80gb", "tpp"), Rational(15832));           // 1979 x 8
  EXPECT_EQ(Metric("nvidia-h20", "tpp"), Rational(2368));                       // 148 x 16
  EXPECT_EQ(Metric("nvidia-h20", "pd")->ToString(3), "2.909");
  EXPECT_EQ(Metric("amd-mi210", "tpp"), Dec("2899.2"));  // FP64 matrix 45.3 x 64 beats FP16 181 x 16
  EXPECT_EQ(Metric("amd-mi355x", "tpp"), Dec("60397.8"));  // FP6 10066.3 x 6 governs
  EXPECT_EQ(Metric("nvidia-a800-sxm4-80gb", "io_transfer_rate"), Rational(464));  // 400 NVLink + 64 PCIe
}

TEST(RuleMetrics, Tf32ConventionIsAParam) {
  const auto& b = LoadBundled();
  EXPECT_EQ(Metric("aws-trainium", "tpp"), Rational(6080));
  const auto nineteen = ParseParams(b.model, {"tf32_bits=19"});
  ASSERT_TRUE(nineteen.ok());
  EXPECT_EQ(Metric(*nineteen.value, "aws-trainium", "tpp"), Rational(3610));
}

TEST(RuleMetrics, MissingInputsAreNamed) {
  const auto& b = LoadBundled();
  for (const auto& m : ItemMetrics(b.model, b.catalog, b.params, *b.catalog.IndexOf("nvidia-dgx-h100"))) {
    if (m.name == "tpp") {
      EXPECT_FALSE(m.value);  // a system has no throughput of its own
      EXPECT_EQ(m.missing, std::vector<std::string>{"dense_tops"});
    }
  }
  for (const auto& m : ItemMetrics(b.model, b.catalog, b.params, *b.catalog.IndexOf("aws-trainium"))) {
    if (m.name == "pd") {
      EXPECT_EQ(m.missing, std::vector<std::string>{"die_area_mm2"});
    }
  }
}

// The rules and an independent implementation agree for every item, under both conventions.
TEST(RuleMetrics, AgreeWithTheReferenceImplementationOnTheWholeCatalog) {
  const auto& b = LoadBundled();
  for (const std::int64_t tf32 : {32, 19}) {
    const auto params = ParseParams(b.model, {"tf32_bits=" + std::to_string(tf32)});
    const BitLengths bits = BitLengths::Default().WithBits(Precision::kTf32, tf32);
    for (std::size_t i = 0; i < b.catalog.size(); ++i) {
      const Item& item = b.catalog.items()[i];
      const TppValue ref = ComputeTpp(item, bits);
      std::optional<Rational> tpp, pd;
      for (const auto& m : ItemMetrics(b.model, b.catalog, *params.value, i)) {
        if (m.name == "tpp") tpp = m.value;
        if (m.name == "pd") pd = m.value;
      }
      EXPECT_EQ(tpp, ref.value) << item.id << " tf32=" << tf32;
      EXPECT_EQ(pd, ComputePd(item, ref).value) << item.id << " tf32=" << tf32;
    }
  }
}

// Every row of the reference table: the catalog entry's rule TPP equals the table's computed
// TPP (both TF32 conventions) and its PD agrees to the table's three decimals.
TEST(RuleMetrics, MatchTheReferenceTableForEveryRow) {
  const auto& b = LoadBundled();
  const auto nineteen = ParseParams(b.model, {"tf32_bits=19"});
  std::ifstream in(testing::SourcePath("tests/data/reference/hardware.csv"), std::ios::binary);
  CsvReader reader(in);
  ASSERT_EQ(reader.Next(), CsvStep::kRecord);
  std::map<std::string, std::size_t> col;
  for (std::size_t i = 0; i < reader.record().size(); ++i) col[std::string(reader.record()[i])] = i;
  int rows = 0;
  while (reader.Next() == CsvStep::kRecord) {
    const auto& r = reader.record();
    const std::string id(r[col["id"]]);
    const auto index = b.catalog.IndexOf(id);
    ASSERT_TRUE(index) << "reference row without a catalog entry: " << id;
    ++rows;
    const std::string tpp(r[col["tpp"]]);
    const std::string tpp19(r[col["tpp_tf32_as_19bit"]]);
    const std::string pd(r[col["pd"]]);
    const bool card = b.catalog.items()[*index].kind == ItemKind::kSystem;  // card rows became systems
    if (card) continue;
    EXPECT_EQ(Metric(id, "tpp"), tpp.empty() ? std::nullopt : Rational::FromDecimal(tpp)) << id;
    EXPECT_EQ(Metric(*nineteen.value, id, "tpp"), tpp19.empty() ? std::nullopt : Rational::FromDecimal(tpp19)) << id;
    const auto rule_pd = Metric(id, "pd");
    ASSERT_EQ(rule_pd.has_value(), !pd.empty()) << id;
    if (rule_pd) {
      const auto diff = *Rational::Sub(*rule_pd, *Rational::FromDecimal(pd));
      EXPECT_LE(diff.IsNegative() ? *Rational::Sub(Rational(0), diff) : diff, Dec("0.0005")) << id;
    }
  }
  EXPECT_EQ(rows, 86);
}

}  // namespace
}  // namespace chipgate
