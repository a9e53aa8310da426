// The derived metrics of ECCN 3A090, computed exactly from catalog figures:
//   TPP = max over precisions of (dense TOPS × bit length of the operation)
//   PD  = TPP / applicable die area (mm2)
// Each comes back with the inputs that produced it (every per-precision term, the winning
// precision, the missing input), so an explanation can print the arithmetic instead of a bare
// number. Bit lengths are data (BitLengths), because one of them is contested: TF32 has 19
// significant bits but 32-bit operands, and the choice moves AWS Trainium1 / Inferentia2 across
// the 4800 line (6080 vs 3610).
//
// This module is self-contained on purpose: a later stage moves these definitions into the rule
// language, and the rules must then agree with it.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "catalog/catalog.hpp"
#include "chipgate/rational.hpp"

namespace chipgate {

class BitLengths {
 public:
  // fp64 64, fp32 32, tf32 32, fp16 16, bf16 16, fp8 8, fp6 6, int8 8, int4 4, fp4 4. TF32 as 32
  // is the conservative reading (it can only raise TPP).
  static BitLengths Default();
  // A copy with one precision's bit length changed, e.g. WithBits(Precision::kTf32, 19) for the
  // analysts' (Epoch AI) convention. Precondition: bits > 0.
  BitLengths WithBits(Precision precision, std::int64_t bits) const;
  std::int64_t of(Precision precision) const { return bits_[static_cast<std::size_t>(precision)]; }

 private:
  std::array<std::int64_t, kPrecisionCount> bits_{};
};

// One precision's contribution to TPP.
struct TppTerm {
  Precision precision;
  Rational dense_tops;
  std::int64_t bits;
  Rational tpp;  // dense_tops × bits
};

struct TppValue {
  std::optional<Rational> value;    // absent = unknown; the rules then fail closed
  std::vector<Precision> winners;   // every precision attaining `value`, in Precision order
  std::vector<TppTerm> terms;       // every precision present, in Precision order
  std::string missing;              // "dense_tops" when the item has no dense figure at all
  bool overflow = false;            // a term did not fit (not seen with plausible figures)
};

struct PdValue {
  std::optional<Rational> value;  // absent = unknown
  std::optional<Rational> tpp;
  std::optional<Rational> die_area_mm2;
  std::string missing;            // "dense_tops" or "die_area_mm2" when value is absent
  bool overflow = false;
};

// Absent precisions are skipped: absent means "not supported", never zero.
TppValue ComputeTpp(const Item& item, const BitLengths& bits);
PdValue ComputePd(const Item& item, const TppValue& tpp);

// "1978.9 TOPS (fp8) × 8 bit = 15831.2", with "(tied: fp16, int8)" when several precisions reach
// the same value; "unknown (no `dense_tops`)" when absent.
std::string ExplainTpp(const TppValue& tpp);
// "15831.2 / 814 mm2 ≈ 19.449386" (≈ when the quotient was rounded to `digits` places).
std::string ExplainPd(const PdValue& pd, int digits = 6);
// A metric as display text: exact when it terminates within `digits` places, else rounded with
// a leading "≈"; "-" when absent.
std::string MetricText(const std::optional<Rational>& value, int digits = 6);

}  // namespace chipgate
