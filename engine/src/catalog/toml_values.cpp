// Typed reads of TOML values with located errors (see toml_values.hpp).
#include "catalog/toml_values.hpp"

#include <fmt/format.h>

#include <cmath>

#include "catalog/catalog_codes.hpp"
#include "text/spelling.hpp"

namespace chipgate::catalog_detail {
namespace {

// A float the author wrote: its shortest round-trip decimal, exactly. Doubles that no 64-bit
// rational holds (1e30, 1e-30) are reported as implausible or inexact rather than rounded.
std::optional<Rational> FromFloat(TomlFile& file, std::string_view label, const NumberRule& rule,
                                  double value, Span span) {
  if (!std::isfinite(value)) {
    file.Report(Error(codes::kWrongType,
                      fmt::format("`{}` must be a finite number, not `{}`", label, value), span));
    return std::nullopt;
  }
  if (auto exact = Rational::FromDouble(value)) return exact;
  const std::string text = fmt::format("{}", value);
  if (value < 0) {
    file.Report(NegativeNumber(label, text, span));
  } else if (value > rule.max.ToDouble()) {
    file.Report(TooLarge(rule, label, text, span));
  } else {
    file.Report(Error(codes::kInexact, fmt::format("`{}` = {} cannot be held exactly", label, text),
                      span));
  }
  return std::nullopt;
}

}  // namespace

void ReportWrongType(TomlFile& file, std::string_view label, std::string_view expected,
                     const toml::node& node) {
  file.Report(Error(codes::kWrongType,
                    fmt::format("`{}` must be {}, not {}", label, expected, TypeName(node)),
                    file.SpanOf(node)));
}

std::string_view TypeName(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::string: return "a string";
    case toml::node_type::integer: return "an integer";
    case toml::node_type::floating_point: return "a floating-point number";
    case toml::node_type::boolean: return "a boolean";
    case toml::node_type::date: return "a date";
    case toml::node_type::time: return "a time";
    case toml::node_type::date_time: return "a date-time";
    case toml::node_type::array: return "an array";
    case toml::node_type::table: return "a table";
    case toml::node_type::none: break;
  }
  return "nothing";
}

std::optional<std::string> ReadString(TomlFile& file, std::string_view label, const toml::node& node) {
  if (const auto* s = node.as_string()) return s->get();
  ReportWrongType(file, label, "a string", node);
  return std::nullopt;
}

std::optional<bool> ReadBool(TomlFile& file, std::string_view label, const toml::node& node) {
  if (const auto* b = node.as_boolean()) return b->get();
  ReportWrongType(file, label, "`true` or `false`", node);
  return std::nullopt;
}

std::optional<std::int64_t> ReadInteger(TomlFile& file, std::string_view label,
                                        const toml::node& node) {
  if (const auto* i = node.as_integer()) return i->get();
  ReportWrongType(file, label, "an integer", node);
  return std::nullopt;
}

std::optional<Rational> ReadNumber(TomlFile& file, std::string_view label, const NumberRule& rule,
                                   const toml::node& node) {
  const Span span = file.SpanOf(node);
  std::optional<Rational> value;
  if (const auto* i = node.as_integer()) {
    value = Rational(i->get());
  } else if (const auto* f = node.as_floating_point(); f != nullptr && !rule.integer) {
    value = FromFloat(file, label, rule, f->get(), span);
    if (!value) return std::nullopt;
  } else {
    ReportWrongType(file, label, rule.integer ? "an integer" : "a number", node);
    return std::nullopt;
  }
  if (auto problem = CheckNumber(rule, label, *value, span)) {
    file.Report(std::move(*problem));
    return std::nullopt;
  }
  return value;
}

void ReportUnknownKey(TomlFile& file, const toml::key& key, std::string_view where,
                      const std::vector<std::string_view>& known) {
  const std::string suffix = where.empty() ? "" : fmt::format(" in `{}`", where);
  Diagnostic d = Error(codes::kUnknownKey, fmt::format("unknown key `{}`{}", key.str(), suffix),
                       file.SpanOf(key));
  if (auto guess = ClosestMatch(key.str(), known)) d.help = fmt::format("did you mean `{}`?", *guess);
  file.Report(std::move(d));
}

}  // namespace chipgate::catalog_detail
