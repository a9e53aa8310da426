// TPP and PD with their inputs (see derived_metrics.hpp).
#include "support/reference_tpp.hpp"

#include <fmt/format.h>

namespace chipgate {

BitLengths BitLengths::Default() {
  BitLengths b;
  b.bits_ = {64, 32, 32, 16, 16, 8, 6, 8, 4, 4};  // in Precision order
  return b;
}

BitLengths BitLengths::WithBits(Precision precision, std::int64_t bits) const {
  BitLengths b = *this;
  b.bits_[static_cast<std::size_t>(precision)] = bits;
  return b;
}

TppValue ComputeTpp(const Item& item, const BitLengths& bits) {
  TppValue out;
  for (std::size_t i = 0; i < kPrecisionCount; ++i) {
    const auto precision = static_cast<Precision>(i);
    const auto& tops = item.dense(precision);
    if (!tops) continue;
    const auto product = Rational::Mul(*tops, Rational(bits.of(precision)));
    if (!product) {
      out.overflow = true;
      continue;
    }
    out.terms.push_back({precision, *tops, bits.of(precision), *product});
    if (!out.value || *product > *out.value) {
      out.value = *product;
      out.winners.clear();
    }
    if (*product == *out.value) out.winners.push_back(precision);
  }
  // A term we could not compute might have been the maximum: unknown, not a smaller TPP.
  if (out.overflow) out.value.reset();
  if (out.terms.empty() && !out.overflow) out.missing = "dense_tops";
  return out;
}

PdValue ComputePd(const Item& item, const TppValue& tpp) {
  PdValue out;
  out.tpp = tpp.value;
  out.die_area_mm2 = item.number(NumberField::kDieAreaMm2);
  if (!out.tpp) {
    out.missing = tpp.missing;
    out.overflow = tpp.overflow;
    return out;
  }
  if (!out.die_area_mm2) {
    out.missing = InfoOf(NumberField::kDieAreaMm2).key;
    return out;
  }
  out.value = Rational::Div(*out.tpp, *out.die_area_mm2);
  out.overflow = !out.value;
  return out;
}

std::string MetricText(const std::optional<Rational>& value, int digits) {
  if (!value) return "-";
  bool exact = true;
  const std::string text = value->ToString(digits, &exact);
  return exact ? text : "≈" + text;
}

namespace {

std::string Unknown(const std::string& missing, bool overflow) {
  if (overflow) return "unknown (arithmetic overflow)";
  return fmt::format("unknown (no `{}`)", missing);
}

}  // namespace

std::string ExplainTpp(const TppValue& tpp) {
  if (!tpp.value) return Unknown(tpp.missing, tpp.overflow);
  const Precision first = tpp.winners.front();
  std::string out;
  for (const TppTerm& t : tpp.terms) {
    if (t.precision != first) continue;
    out = fmt::format("{} TOPS ({}) × {} bit = {}", t.dense_tops.ToString(6), PrecisionKey(first),
                      t.bits, MetricText(t.tpp));
  }
  if (tpp.winners.size() > 1) {
    std::string tied;
    for (std::size_t i = 1; i < tpp.winners.size(); ++i) {
      tied += fmt::format("{}{}", i > 1 ? ", " : "", PrecisionKey(tpp.winners[i]));
    }
    out += fmt::format(" (tied: {})", tied);
  }
  return out;
}

std::string ExplainPd(const PdValue& pd, int digits) {
  if (!pd.value) return Unknown(pd.missing, pd.overflow);
  bool exact = true;
  const std::string quotient = pd.value->ToString(digits, &exact);
  return fmt::format("{} / {} mm2 {} {}", MetricText(pd.tpp), MetricText(pd.die_area_mm2),
                     exact ? "=" : "≈", quotient);
}

}  // namespace chipgate
