// Matrix cells from either evaluator, and their codes and descriptions (see decision_cell.hpp).
#include "analysis/decision_cell.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "decide/conditions.hpp"
#include "render/reason_text.hpp"

namespace chipgate {
namespace {

std::string Joined(const std::vector<std::string>& parts, const char* separator) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : separator) + p;
  return out;
}

const char* PolicyWords(ReviewPolicy p) {
  return p == ReviewPolicy::kNone ? "no review policy stated" : render::PolicyWords(p);
}

}  // namespace

DecisionCell CellOf(const FastDecision& d) {
  DecisionCell c;
  c.in_coverage = d.in_coverage;
  c.determined = d.determined;
  c.license_required = d.license_required;
  c.review = d.review;
  c.review_known = d.review_known;
  c.exceptions = d.exception_true.to_ullong();
  c.exceptions_possible = d.exception_unknown.to_ullong();
  c.missing = d.missing;
  c.outcome = d.outcome;
  return c;
}

DecisionCell DecideCell(const Program& program, const BoundCatalog& bound, FastQuery query, Scratch& scratch, FastDecision* decided) {
  FastQuery answered = query;
  bool open = false;
  for (std::size_t e = 0; e < kEndUseCount; ++e) {
    auto& input = answered.inputs[static_cast<std::size_t>(EndUseInput(static_cast<EndUse>(e)))];
    open = open || input < 0;
    if (input < 0) input = 0;
  }
  const FastDecision d = Decide(program, bound, answered, scratch);
  DecisionCell cell = CellOf(d);
  if (open) {
    const FastDecision unanswered = Decide(program, bound, query, scratch);
    for (const auto& c : decide::EndUseConditions(d, unanswered, program.model->requirements.size())) {
      if (c.rule.index < 64) cell.conditions |= std::uint64_t{1} << c.rule.index;
    }
  }
  if (decided != nullptr) *decided = d;
  return cell;
}

DecisionCell CellOf(const Decision& d, const Model& model) {
  DecisionCell c;
  c.determined = d.determined;
  c.license_required = d.license_required;
  c.review = d.review;
  c.review_known = d.review_known;
  c.outcome = d.outcome;
  for (const auto& condition : d.conditions) {
    if (condition.kind == ConditionKind::kEndUse && condition.rule.index < 64) c.conditions |= std::uint64_t{1} << condition.rule.index;
  }
  for (const auto& x : d.exceptions) {
    for (std::size_t i = 0; i < model.exceptions.size(); ++i) {
      if (model.exceptions[i].info.id != x.rule_id) continue;
      const std::uint64_t bit = std::uint64_t{1} << i;
      if (x.available == Tri::kTrue) c.exceptions |= bit;
      if (x.available == Tri::kUnknown) c.exceptions_possible |= bit;
    }
  }
  return c;
}

std::vector<std::string> ConditionIds(std::uint64_t mask, const Model& model) {
  std::vector<std::string> out;
  for (std::size_t r = 0; r < model.requirements.size() && r < 64; ++r) {
    if ((mask >> r & 1U) != 0) out.push_back(model.requirements[r].info.id);
  }
  return out;
}

std::vector<std::string> ExceptionCodes(std::uint64_t mask, const Model& model) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < model.exceptions.size() && i < 64; ++i) {
    if ((mask >> i & 1U) == 0) continue;
    const std::string& code = model.exceptions[i].code;
    if (std::find(out.begin(), out.end(), code) == out.end()) out.push_back(code);
  }
  return out;
}

const char* ReviewShortName(ReviewPolicy p) {
  switch (p) {
    case ReviewPolicy::kPresumptionOfDenial: return "denial";
    case ReviewPolicy::kCaseByCase: return "case";
    case ReviewPolicy::kPresumptionOfApproval: return "approval";
    case ReviewPolicy::kNone: break;
  }
  return "";
}

std::string CellCode(const DecisionCell& cell, const Model& model) {
  if (!cell.in_coverage) return "n/a";
  if (cell.outcome == Outcome::kProhibited) return "PROHIBITED";
  const char* provided = cell.conditions != 0 ? "*" : "";
  if (cell.license_required == Tri::kFalse) return std::string("NLR") + provided;
  const auto sure = ExceptionCodes(cell.exceptions, model);
  std::string code = cell.license_required == Tri::kUnknown ? "?" : "LIC";
  if (cell.license_required == Tri::kUnknown) {
    for (const auto& x : sure) code += "+" + x;
  } else if (!sure.empty()) {
    code += "+" + Joined(sure, "+");
  } else if (!cell.review_known) {
    code += ":?";
  } else if (cell.review != ReviewPolicy::kNone) {
    code += std::string(":") + ReviewShortName(cell.review);
  }
  for (const auto& maybe : ExceptionCodes(cell.exceptions_possible, model)) code += "+" + maybe + "?";
  return code + provided;
}

std::string CellDescription(const DecisionCell& cell, const Model& model) {
  if (!cell.in_coverage) return "outside the rules' coverage";
  if (cell.outcome == Outcome::kProhibited) return "prohibited: no license can authorize it";
  std::string provided;
  for (const auto& id : ConditionIds(cell.conditions, model)) provided += fmt::format("{}{}", provided.empty() ? ", provided that the end use does not bring in " : ", ", id);
  if (cell.license_required == Tri::kUnknown) return "indeterminate: a license may be required" + provided;
  if (cell.license_required == Tri::kFalse) return "no license required" + provided;
  std::string out = fmt::format("license required, {}", cell.review_known ? PolicyWords(cell.review) : "review policy undecided");
  for (const auto& x : ExceptionCodes(cell.exceptions, model)) out += fmt::format("; License Exception {} available", x);
  for (const auto& x : ExceptionCodes(cell.exceptions_possible, model)) out += fmt::format("; License Exception {} may apply", x);
  return out + provided;
}

std::vector<std::pair<std::string, std::string>> CellLegend() {
  return {
      {"NLR", "no license required"},
      {"LIC:denial", "license required, presumption of denial"},
      {"LIC:case", "license required, case-by-case review"},
      {"LIC:approval", "license required, presumption of approval"},
      {"LIC", "license required; the rule states no review policy (e.g. an is-informed letter)"},
      {"LIC+NAC", "license required, but License Exception NAC applies (25-day notice to BIS)"},
      {"LIC+ACA", "license required, but License Exception ACA applies (no notice)"},
      {"+X?", "License Exception X may apply; it depends on a fact not given (e.g. the exporter's headquarters)"},
      {"LIC:?", "license required; the review policy depends on a fact not given"},
      {"?", "indeterminate: a license may be required; a fact the rules need is missing (fail closed)"},
      {"PROHIBITED", "no license or License Exception can authorize it"},
      {"X*", "answer X holds provided that the end-use questions are answered \"no\" (see `check --end-use`)"},
  };
}

}  // namespace chipgate
