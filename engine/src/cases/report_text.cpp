// The text report (see report.hpp).
#include <fmt/format.h>

#include <algorithm>

#include "cases/report.hpp"
#include "text/json.hpp"

namespace chipgate::cases {
namespace {

std::string Quoted(const std::string& text) { return "\"" + JsonEscape(text) + "\""; }

std::string ListText(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& v : values) out += (out.empty() ? "" : ", ") + Quoted(v);
  return "[" + out + "]";
}

// What a set expectation lacks or has too much of: "(missing "a"; unexpected "b")".
std::string SetDifference(const Failure& f) {
  std::vector<std::string> missing;
  std::vector<std::string> unexpected;
  for (const auto& e : f.expected) {
    if (std::find(f.got.begin(), f.got.end(), e) == f.got.end()) missing.push_back(e);
  }
  for (const auto& g : f.got) {
    if (std::find(f.expected.begin(), f.expected.end(), g) == f.expected.end()) unexpected.push_back(g);
  }
  std::string out;
  if (!missing.empty()) out += "missing " + ListText(missing);
  if (!unexpected.empty() && SpecOf(f.key).shape == ExpectShape::kSet) {
    out += fmt::format("{}unexpected {}", out.empty() ? "" : "; ", ListText(unexpected));
  }
  return out.empty() ? out : " (" + out + ")";
}

std::string Mismatch(const Failure& f) {
  const ExpectSpec& spec = SpecOf(f.key);
  if (spec.shape == ExpectShape::kText) return fmt::format("expected {} = {}, got {}", spec.name, ValueText(spec.shape, f.expected), ValueText(spec.shape, f.got));
  const char* relation = spec.shape == ExpectShape::kSubset ? " to include" : " =";
  return fmt::format("expected {}{} {}, got {}{}", spec.name, relation, ListText(f.expected), ListText(f.got), SetDifference(f));
}

std::string Explain(const Failure& f) {
  switch (f.kind) {
    case FailureKind::kMismatch: return Mismatch(f);
    case FailureKind::kDisagreement: {
      const ExpectSpec& spec = SpecOf(f.key);
      return fmt::format("the fast path and the explaining evaluator disagree on {}: fast {}, explaining {}", spec.name,
                         ValueText(spec.shape, f.fast), ValueText(spec.shape, f.got));
    }
    case FailureKind::kRefused: break;
  }
  const Diagnostic& d = f.refusal;
  return fmt::format("error[{}]: {}{}", d.code, d.message, d.help.empty() ? "" : fmt::format(" (help: {})", d.help));
}

}  // namespace

std::string Counted(std::size_t n, std::string_view noun) { return fmt::format("{} {}{}", n, noun, n == 1 ? "" : "s"); }

std::string ValueText(ExpectShape shape, const std::vector<std::string>& values) {
  if (shape == ExpectShape::kText && values.size() == 1) return Quoted(values.front());
  return ListText(values);
}

std::string FailureLine(const Case& c, const Failure& f) { return fmt::format("{}:{}: case {}: {}", c.file, f.line, c.name, Explain(f)); }

std::string RenderText(const CaseSet& set, const SuiteResult& result, bool list_coverage) {
  std::string out;
  for (std::size_t i = 0; i < set.cases.size(); ++i) {
    for (const auto& f : result.results[i].failures) out += FailureLine(set.cases[i], f) + "\n";
  }
  out += fmt::format("{} passed, {} failed, {} ({} in {})\n", result.passed, result.failed, Counted(result.errors, "error"),
                     Counted(set.cases.size(), "case"), Counted(set.files.size(), "file"));
  return out + RenderCoverageText(result.coverage, list_coverage);
}

}  // namespace chipgate::cases
