// TPP and PD on published figures (tests/data/catalog/home/catalog, values from
// shared/reference/hardware.csv), exactly, with the inputs each result reports.
#include <gtest/gtest.h>

#include <stdexcept>

#include "chipgate/derived_metrics.hpp"
#include "support/catalog_fixtures.hpp"

namespace chipgate {
namespace {

Rational Dec(const char* text) { return *Rational::FromDecimal(text); }

// The fixture catalog, loaded once (read-only) for all tests here.
const Item& Get(const char* id) {
  static const testing::LoadedCatalog kLoaded = testing::LoadFixtures({"home/catalog"});
  const Item* item = kLoaded.result.ok() ? kLoaded.result->Find(id) : nullptr;
  if (item == nullptr) throw std::runtime_error(std::string("fixture missing: ") + id);
  return *item;
}

TppValue Tpp(const char* id) { return ComputeTpp(Get(id), BitLengths::Default()); }

TEST(DerivedMetrics, A100TppIs4992AndPdIs4992Over826) {
  const TppValue tpp = Tpp("nvidia-a100-sxm4-40gb");
  EXPECT_EQ(tpp.value, Rational(4992));
  // 156×32 = 312×16 = 624×8 = 1248×4: every one of them attains the maximum.
  EXPECT_EQ(tpp.winners, (std::vector<Precision>{Precision::kTf32, Precision::kFp16,
                                                  Precision::kBf16, Precision::kInt8,
                                                  Precision::kInt4}));
  const PdValue pd = ComputePd(Get("nvidia-a100-sxm4-40gb"), tpp);
  EXPECT_EQ(pd.value, Rational::Make(4992, 826));
  EXPECT_EQ(pd.value->ToString(2), "6.04");
  EXPECT_GE(*pd.value, Dec("5.92"));  // 3A090.a.2 by the numbers
  EXPECT_EQ(ExplainPd(pd), "4992 / 826 mm2 ≈ 6.043584");
}

TEST(DerivedMetrics, H100SxmTppIs15831Point2FromFp8) {
  const TppValue tpp = Tpp("nvidia-h100-sxm5-80gb");
  EXPECT_EQ(tpp.value, Dec("15831.2"));
  EXPECT_EQ(tpp.winners, (std::vector<Precision>{Precision::kFp8, Precision::kInt8}));
  EXPECT_EQ(ExplainTpp(tpp), "1978.9 TOPS (fp8) × 8 bit = 15831.2 (tied: int8)");
  // Every present precision is a term, with its own product (fp16: 989.4 × 16).
  ASSERT_EQ(tpp.terms.size(), 7U);
  EXPECT_EQ(tpp.terms[3].precision, Precision::kFp16);
  EXPECT_EQ(tpp.terms[3].tpp, Dec("15830.4"));
  const PdValue pd = ComputePd(Get("nvidia-h100-sxm5-80gb"), tpp);
  EXPECT_EQ(pd.value, Rational::Div(Dec("15831.2"), Rational(814)));
}

TEST(DerivedMetrics, H20TppIs2368AndPdAbout2Point909) {
  const TppValue tpp = Tpp("nvidia-h20");
  EXPECT_EQ(tpp.value, Rational(2368));
  const PdValue pd = ComputePd(Get("nvidia-h20"), tpp);
  EXPECT_EQ(pd.value, Rational::Make(2368, 814));
  EXPECT_EQ(pd.value->ToString(3), "2.909");
  EXPECT_LT(*tpp.value, Rational(2400));  // below 3A090.b.1
  EXPECT_LT(*pd.value, Dec("3.2"));       // below 3A090.b.2
}

TEST(DerivedMetrics, Mi210Fp64BeatsFp16) {
  const TppValue tpp = Tpp("amd-mi210");
  EXPECT_EQ(tpp.value, Dec("2899.2"));  // 45.3 × 64
  EXPECT_EQ(tpp.winners, std::vector<Precision>{Precision::kFp64});
  for (const TppTerm& t : tpp.terms) {
    if (t.precision == Precision::kFp16) {
      EXPECT_EQ(t.tpp, Rational(2896));  // 181 × 16
    }
  }
  EXPECT_EQ(ExplainTpp(tpp), "45.3 TOPS (fp64) × 64 bit = 2899.2");
}

TEST(DerivedMetrics, Trainium1DependsOnTheTf32Convention) {
  const Item& trn1 = Get("aws-trainium1");
  const TppValue as32 = ComputeTpp(trn1, BitLengths::Default());
  EXPECT_EQ(as32.value, Rational(6080));
  EXPECT_GE(*as32.value, Rational(4800));
  const TppValue as19 = ComputeTpp(trn1, BitLengths::Default().WithBits(Precision::kTf32, 19));
  EXPECT_EQ(as19.value, Rational(3610));
  EXPECT_LT(*as19.value, Rational(4800));
  // TF32 wins either way: FP16 and INT8 alone give 3040.
  EXPECT_EQ(as19.winners, std::vector<Precision>{Precision::kTf32});
  EXPECT_EQ(ExplainTpp(as19), "190 TOPS (tf32) × 19 bit = 3610");
}

TEST(DerivedMetrics, MissingDieAreaMakesPdUnknownAndNamesIt) {
  const Item& trn1 = Get("aws-trainium1");
  const PdValue pd = ComputePd(trn1, ComputeTpp(trn1, BitLengths::Default()));
  EXPECT_EQ(pd.value, std::nullopt);
  EXPECT_EQ(pd.missing, "die_area_mm2");
  EXPECT_EQ(ExplainPd(pd), "unknown (no `die_area_mm2`)");
}

TEST(DerivedMetrics, NoDenseFigureMakesBothUnknownAndNamesIt) {
  const Item& dgx = Get("nvidia-dgx-a100");
  const TppValue tpp = ComputeTpp(dgx, BitLengths::Default());
  EXPECT_EQ(tpp.value, std::nullopt);
  EXPECT_EQ(tpp.missing, "dense_tops");
  EXPECT_TRUE(tpp.terms.empty());
  const PdValue pd = ComputePd(dgx, tpp);
  EXPECT_EQ(pd.value, std::nullopt);
  EXPECT_EQ(pd.missing, "dense_tops");
  EXPECT_EQ(MetricText(pd.value), "-");
}

TEST(BitLengths, DefaultConventionAndOverride) {
  const BitLengths bits = BitLengths::Default();
  EXPECT_EQ(bits.of(Precision::kFp64), 64);
  EXPECT_EQ(bits.of(Precision::kTf32), 32);
  EXPECT_EQ(bits.of(Precision::kBf16), 16);
  EXPECT_EQ(bits.of(Precision::kFp6), 6);
  EXPECT_EQ(bits.of(Precision::kInt4), 4);
  EXPECT_EQ(bits.of(Precision::kFp4), 4);
  EXPECT_EQ(bits.WithBits(Precision::kTf32, 19).of(Precision::kTf32), 19);
  EXPECT_EQ(bits.of(Precision::kTf32), 32);  // WithBits returns a copy
}

TEST(MetricText, MarksRoundedValues) {
  EXPECT_EQ(MetricText(Rational(4992)), "4992");
  EXPECT_EQ(MetricText(Rational::Make(4992, 826), 3), "≈6.044");
  EXPECT_EQ(MetricText(std::nullopt), "-");
}

}  // namespace
}  // namespace chipgate
