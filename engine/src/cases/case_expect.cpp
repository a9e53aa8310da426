// A case's `[case.expect]` table into Expectations (see case_read.hpp). Every key must be one
// the checker knows and every text value one the engine can answer: an unknown key or a
// misspelt value would make a case that checks nothing, and so passes whatever the rules say.
#include <fmt/format.h>

#include <algorithm>

#include "cases/case_codes.hpp"
#include "cases/case_read.hpp"
#include "text/spelling.hpp"

namespace chipgate::cases {
namespace {

bool CheckAllowed(CaseToml& file, const ExpectSpec& spec, const std::string& value, const toml::node& node) {
  if (spec.allowed.empty()) return true;
  for (const auto allowed : spec.allowed) {
    if (value == allowed) return true;
  }
  Diagnostic d = Error(codes::kInvalidValue, fmt::format("`expect.{}` cannot be `{}`", spec.name, value), file.SpanOf(node));
  if (const auto near = ClosestMatch(value, spec.allowed)) {
    d.help = fmt::format("did you mean `{}`?", *near);
  } else {
    std::string list;
    for (const auto a : spec.allowed) list += fmt::format("{}`{}`", list.empty() ? "" : ", ", a);
    d.help = fmt::format("expected one of {}", list);
  }
  file.Report(std::move(d));
  return false;
}

std::optional<std::vector<std::string>> ReadValues(CaseToml& file, const ExpectSpec& spec, const toml::node& node) {
  const std::string label = fmt::format("expect.{}", spec.name);
  if (spec.shape != ExpectShape::kText) return file.Texts(label, node);
  auto text = file.Text(label, node);
  if (!text || !CheckAllowed(file, spec, *text, node)) return std::nullopt;
  return std::vector<std::string>{std::move(*text)};
}

std::optional<Expectation> ReadExpectation(CaseToml& file, const toml::key& key, const toml::node& node, bool has_destination) {
  const auto which = ExpectKeyByName(key.str());
  if (!which) {
    file.UnknownKey(key, "expect", ExpectKeyNames());
    return std::nullopt;
  }
  const ExpectSpec& spec = SpecOf(*which);
  if (spec.needs_destination && !has_destination) {
    Diagnostic d = Error(codes::kNeedsDestination, fmt::format("`expect.{}` needs `to`", spec.name), file.SpanOf(key));
    d.help = "without `to` a case only classifies the item: it can check classifications, criteria and undecided";
    file.Report(std::move(d));
    return std::nullopt;
  }
  auto values = ReadValues(file, spec, node);
  if (!values) return std::nullopt;
  return Expectation{spec.key, std::move(*values), file.LineOf(file.SpanOf(key))};
}

}  // namespace

std::optional<std::vector<Expectation>> ReadExpectations(CaseToml& file, const toml::table& expect, bool has_destination) {
  if (expect.empty()) {
    Diagnostic d = Error(codes::kMissing, "`expect` is empty: the case checks nothing", file.SpanOf(expect));
    d.help = "add what the answer must be, e.g. `outcome = \"license_required\"`";
    file.Report(std::move(d));
    return std::nullopt;
  }
  std::vector<Expectation> out;
  bool ok = true;
  for (const auto& [key, node] : expect) {
    auto e = ReadExpectation(file, key, node, has_destination);
    ok = ok && e.has_value();
    if (e) out.push_back(std::move(*e));
  }
  if (!ok) return std::nullopt;
  // In the file's order, so failures come out in the order a reader meets them.
  std::stable_sort(out.begin(), out.end(), [](const Expectation& a, const Expectation& b) { return a.line < b.line; });
  return out;
}

}  // namespace chipgate::cases
