// A whole run of `chipgate test` (and of the conformance suite): every case of a CaseSet on one
// engine, the results in case order, the counts, and the rule coverage.
#pragma once

#include <vector>

#include "cases/case.hpp"
#include "cases/case_runner.hpp"
#include "cases/coverage.hpp"

namespace chipgate::cases {

struct SuiteResult {
  std::vector<CaseResult> results;  // results[i] is set.cases[i]'s
  Coverage coverage;
  std::size_t passed = 0;
  std::size_t failed = 0;
  std::size_t errors = 0;  // cases the engine refused (bad input, not a wrong answer)
};

SuiteResult RunSuite(const Engine& engine, const CaseSet& set);

}  // namespace chipgate::cases
