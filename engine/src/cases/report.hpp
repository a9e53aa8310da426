// The report of a run, as text for people and JSON for CI tools. Both are made from the typed
// results (case_runner.hpp); nothing reads the text back.
//
// Text: one line per failure, `file:line: case NAME: expected license_required = "true", got
// "false"`, then a summary line, then the coverage figures and (when asked) every rule no case
// made hold, with its file:line.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cases/case.hpp"
#include "cases/suite.hpp"

namespace chipgate::cases {

// "file:line: case NAME: ..." for one failure of `c`.
std::string FailureLine(const Case& c, const Failure& f);

// "1 case", "2 cases": counts in the text report.
std::string Counted(std::size_t n, std::string_view noun);

// Values as a case file writes them: `"true"`, `["3A090.a", "4A090.a"]`.
std::string ValueText(ExpectShape shape, const std::vector<std::string>& values);

std::string RenderText(const CaseSet& set, const SuiteResult& result, bool list_coverage);
std::string RenderCoverageText(const Coverage& coverage, bool list_rules);

// One JSON object: summary, cases (file, line, name, status), failures (typed, with the text
// line), coverage when asked (every rule with its counts and status), diagnostics (empty).
std::string RenderJson(const CaseSet& set, const SuiteResult& result, bool with_coverage);
// The same object for a run that could not start: no summary, the diagnostics that stopped it.
std::string RenderJsonDiagnostics(const std::vector<Diagnostic>& diagnostics);

}  // namespace chipgate::cases
