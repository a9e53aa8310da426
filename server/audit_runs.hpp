// The audit runs the server stores: one SQLite database and one HTML report per run in the runs
// folder. Runs are serialised (Engine::Audit is not concurrent-safe for one database), and a
// report is published under its run id only once it is complete.
#pragma once

#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chipgate/engine.hpp"

namespace chipgate::server {

class AuditRuns {
 public:
  // `dir` must exist and be writable; `license_files` are checked claims' registers.
  AuditRuns(std::string dir, std::vector<std::string> license_files);

  // One shipment log (CSV text) into the database as one run, its report written. A run still
  // reading rows at `deadline` (which includes any wait for an earlier run) is rolled back.
  Result<AuditRunSummary> Run(const Engine& engine, std::string_view csv, std::chrono::steady_clock::time_point deadline);
  // The report of a run, or nothing when there is none.
  std::optional<std::string> Report(std::int64_t run_id) const;

  const std::string& dir() const { return dir_; }

 private:
  std::string ReportPath(std::int64_t run_id) const;

  const std::string dir_;
  const std::vector<std::string> license_files_;
  std::mutex mutex_;
};

}  // namespace chipgate::server
