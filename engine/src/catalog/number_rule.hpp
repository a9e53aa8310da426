// What a catalog number must satisfy: its unit, whether it must be whole, whether zero means
// something, and its plausible range. The rules come from the schema (NumberFields() and the
// TOPS bound), so a check and its error message always quote the same bound and unit.
#pragma once

#include <optional>
#include <string_view>

#include "catalog/catalog.hpp"
#include "chipgate/diagnostic.hpp"

namespace chipgate::catalog_detail {

struct NumberRule {
  Unit unit;
  bool integer = false;
  bool zero_allowed = false;
  Rational min;
  Rational max;
};

NumberRule RuleOf(const NumberFieldInfo& info);
// Every [dense_tops] / [sparse_tops] figure; at most 10,000,000 TOPS (the largest real systems
// are below 1,000,000).
NumberRule TopsRule();

// The two problems a number can have before it is even a Rational (a float such as -1e30 or
// 1e30 that no 64-bit rational holds); `text` is the value as the message shows it.
Diagnostic NegativeNumber(std::string_view label, std::string_view text, Span span);
Diagnostic TooLarge(const NumberRule& rule, std::string_view label, std::string_view text, Span span);

// Why `value` breaks `rule`, as an error at `span` naming `label` (e.g. "dense_tops.fp8");
// nothing when the value is plausible.
std::optional<Diagnostic> CheckNumber(const NumberRule& rule, std::string_view label,
                                      Rational value, Span span);

}  // namespace chipgate::catalog_detail
