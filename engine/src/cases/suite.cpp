// Running a CaseSet (see suite.hpp).
#include "cases/suite.hpp"

namespace chipgate::cases {

SuiteResult RunSuite(const Engine& engine, const CaseSet& set) {
  CaseRunner runner(engine);
  std::vector<CaseResult> results;
  results.reserve(set.cases.size());
  for (const auto& c : set.cases) results.push_back(runner.Run(c));
  SuiteResult out{std::move(results), runner.coverage(), 0, 0, 0};
  for (const auto& r : out.results) {
    switch (r.status) {
      case CaseStatus::kPassed: ++out.passed; break;
      case CaseStatus::kFailed: ++out.failed; break;
      case CaseStatus::kError: ++out.errors; break;
    }
  }
  return out;
}

}  // namespace chipgate::cases
