// Plausibility checks for catalog numbers (see number_rule.hpp).
#include "catalog/number_rule.hpp"

#include <fmt/format.h>

#include "catalog/catalog_codes.hpp"

namespace chipgate::catalog_detail {

NumberRule RuleOf(const NumberFieldInfo& info) {
  return NumberRule{info.unit, info.integer, info.zero_allowed, info.min, info.max};
}

Diagnostic NegativeNumber(std::string_view label, std::string_view text, Span span) {
  Diagnostic d = Error(codes::kNegative, fmt::format("`{}` is negative ({})", label, text), span);
  d.help = "catalog figures are magnitudes; drop the sign";
  return d;
}

Diagnostic TooLarge(const NumberRule& rule, std::string_view label, std::string_view text, Span span) {
  const std::string unit = rule.unit.ToString();
  Diagnostic d = Error(codes::kImplausible,
                       fmt::format("`{}` = {} is implausibly large: the maximum is {} {}", label,
                                   text, rule.max.ToString(), unit),
                       span);
  d.help = fmt::format("check the digits and the unit (the value is in {})", unit);
  return d;
}

NumberRule TopsRule() { return NumberRule{units::kTops, false, false, Rational(0), Rational(10000000)}; }

std::optional<Diagnostic> CheckNumber(const NumberRule& rule, std::string_view label,
                                      Rational value, Span span) {
  const std::string text = value.ToString(6);
  if (value.IsNegative()) return NegativeNumber(label, text, span);
  if (value.IsZero()) {
    if (rule.zero_allowed) return std::nullopt;
    Diagnostic d = Error(codes::kZero, fmt::format("`{}` is zero", label), span);
    d.help = "unknown values are absent, never zero: delete the line";
    return d;
  }
  if (value < rule.min) {
    Diagnostic d = Error(codes::kImplausible,
                         fmt::format("`{}` = {} is implausibly small: the minimum is {} {}", label,
                                     text, rule.min.ToString(), rule.unit.ToString()),
                         span);
    d.help = "check the digits and the unit";
    return d;
  }
  if (value > rule.max) return TooLarge(rule, label, text, span);
  return std::nullopt;
}

}  // namespace chipgate::catalog_detail
