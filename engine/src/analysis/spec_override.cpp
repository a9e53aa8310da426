// Parsing and applying `field=value` edits to catalog items (see spec_override.hpp). Bounds come
// from the catalog schema (catalog/number_rule.hpp), so an edit is refused for exactly the
// values a catalog file would be refused for, with the same wording.
#include "analysis/spec_override.hpp"

#include <fmt/format.h>

#include "catalog/number_rule.hpp"
#include "text/spelling.hpp"

namespace chipgate {
namespace {

constexpr const char* kMalformed = "V0101";
constexpr const char* kUnknownField = "V0102";
constexpr const char* kBadValue = "V0103";
constexpr const char* kCannotApply = "V0105";

std::vector<std::string> FieldNames() {
  std::vector<std::string> names;
  for (const auto& info : NumberFields()) names.emplace_back(info.key);
  for (std::size_t p = 0; p < kPrecisionCount; ++p) names.push_back("dense_tops." + std::string(PrecisionKey(static_cast<Precision>(p))));
  names.emplace_back("datacenter");
  names.emplace_back("tpp");
  return names;
}

Diagnostic UnknownField(std::string_view name) {
  Diagnostic d = Error(kUnknownField, fmt::format("unknown field `{}`", name));
  std::vector<std::string> names = FieldNames();
  if (const auto near = ClosestMatch(std::string(name), names)) d.notes.push_back(fmt::format("did you mean `{}`?", *near));
  d.help = "accepted: " + SpecEditFieldList();
  return d;
}

// A number for `label` checked against `rule`; `unknown` gives an absent value.
Result<std::optional<Rational>> Number(std::string_view label, std::string_view value, const catalog_detail::NumberRule& rule) {
  Result<std::optional<Rational>> out;
  if (value == "unknown") {
    out.value = std::optional<Rational>();
    return out;
  }
  const auto number = Rational::FromDecimal(value);
  if (!number) {
    Diagnostic d = Error(kBadValue, fmt::format("`{}` is a number in {}, not `{}`", label, rule.unit.ToString(), value));
    d.help = "write a plain decimal such as 700 or 4799.99, or `unknown`";
    out.diagnostics.push_back(std::move(d));
    return out;
  }
  if (auto problem = catalog_detail::CheckNumber(rule, label, *number, Span{})) {
    out.diagnostics.push_back(std::move(*problem));
    return out;
  }
  out.value = number;
  return out;
}

}  // namespace

std::string SpecEditFieldList() {
  std::string out;
  for (const auto& info : NumberFields()) out += std::string(out.empty() ? "" : ", ") + std::string(info.key);
  return out + ", dense_tops.<precision> (fp64 fp32 tf32 fp16 bf16 fp8 fp6 int8 int4 fp4), datacenter (true|false), "
               "tpp (scales every dense TOPS figure to reach that TPP)";
}

Result<SpecEdit> ParseSpecEdit(std::string_view assignment) {
  Result<SpecEdit> out;
  const auto eq = assignment.find('=');
  if (eq == std::string_view::npos || eq == 0 || eq + 1 == assignment.size()) {
    Diagnostic d = Error(kMalformed, fmt::format("`{}`: a change is written FIELD=VALUE", assignment));
    d.help = "for example --set die_area_mm2=700 or --set datacenter=false";
    out.diagnostics.push_back(std::move(d));
    return out;
  }
  const std::string_view name = assignment.substr(0, eq);
  const std::string_view value = assignment.substr(eq + 1);
  SpecEdit edit;
  edit.text = std::string(assignment);
  Result<std::optional<Rational>> number;
  if (name == "datacenter") {
    if (value != "true" && value != "false") {
      out.diagnostics.push_back(Error(kBadValue, fmt::format("`datacenter` is `true` or `false`, not `{}`", value)));
      return out;
    }
    edit.target = SpecEdit::Target::kDatacenter;
    edit.datacenter = value == "true";
    out.value = edit;
    return out;
  }
  if (name == "tpp") {
    edit.target = SpecEdit::Target::kTpp;
    number = Number("tpp", value, {Unit::Of(BaseUnit::kTops).Times(units::kBit), false, false, Rational(0), Rational(640000000)});
    if (number.ok() && !*number.value) number.diagnostics.push_back(Error(kBadValue, "`tpp` cannot be `unknown`: remove the dense_tops figures instead"));
  } else if (name.rfind("dense_tops.", 0) == 0) {
    const auto p = PrecisionByKey(name.substr(11));
    if (!p) {
      out.diagnostics.push_back(UnknownField(name));
      return out;
    }
    edit.target = SpecEdit::Target::kDense;
    edit.precision = *p;
    number = Number(name, value, catalog_detail::TopsRule());
  } else if (const auto field = NumberFieldByKey(name)) {
    edit.target = SpecEdit::Target::kNumber;
    edit.field = *field;
    number = Number(name, value, catalog_detail::RuleOf(InfoOf(*field)));
  } else {
    out.diagnostics.push_back(UnknownField(name));
    return out;
  }
  if (!number.diagnostics.empty()) {
    out.diagnostics = std::move(number.diagnostics);
    return out;
  }
  edit.number = *number.value;
  out.value = edit;
  return out;
}

bool ScaleTops(Item& item, Rational factor) {
  Item scaled = item;
  for (auto* table : {&scaled.dense_tops, &scaled.sparse_tops}) {
    for (auto& figure : *table) {
      if (!figure) continue;
      const auto product = Rational::Mul(*figure, factor);
      if (!product) return false;
      figure = product->Reduced();
    }
  }
  item = std::move(scaled);
  return true;
}

std::optional<Diagnostic> ApplySpecEdit(const SpecEdit& edit, Item& item, const std::optional<Rational>& current_tpp) {
  switch (edit.target) {
    case SpecEdit::Target::kNumber: item.numbers[static_cast<std::size_t>(edit.field)] = edit.number; return std::nullopt;
    case SpecEdit::Target::kDense: item.dense_tops[static_cast<std::size_t>(edit.precision)] = edit.number; return std::nullopt;
    case SpecEdit::Target::kDatacenter: item.datacenter = edit.datacenter; return std::nullopt;
    case SpecEdit::Target::kTpp: break;
  }
  if (!current_tpp || current_tpp->IsZero()) {
    Diagnostic d = Error(kCannotApply, fmt::format("`{}`: item `{}` has no TPP to scale (no dense_tops figure)", edit.text, item.id));
    d.help = "set a figure first, e.g. --set dense_tops.fp16=148";
    return d;
  }
  const auto factor = Rational::Div(*edit.number, *current_tpp);
  if (!factor || !ScaleTops(item, factor->Reduced())) {
    return Error(kCannotApply, fmt::format("`{}`: the scaled dense_tops figures of `{}` do not fit exact arithmetic", edit.text, item.id));
  }
  return std::nullopt;
}

}  // namespace chipgate
