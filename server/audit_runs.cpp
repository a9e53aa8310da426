// See audit_runs.hpp.
#include "audit_runs.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace chipgate::server {

AuditRuns::AuditRuns(std::string dir, std::vector<std::string> license_files)
    : dir_(std::move(dir)), license_files_(std::move(license_files)) {}

std::string AuditRuns::ReportPath(std::int64_t run_id) const { return fmt::format("{}/run-{}.html", dir_, run_id); }

Result<AuditRunSummary> AuditRuns::Run(const Engine& engine, std::string_view csv, std::chrono::steady_clock::time_point deadline) {
  const std::lock_guard<std::mutex> lock(mutex_);
  Result<AuditRunSummary> out;
  const std::string input = dir_ + "/upload.csv";
  {
    std::ofstream file(input, std::ios::binary | std::ios::trunc);
    file.write(csv.data(), static_cast<std::streamsize>(csv.size()));
    if (!file.flush()) {
      Diagnostic d = Error("Q0205", fmt::format("cannot store the upload in {}", dir_));
      d.field = "db";
      out.diagnostics.push_back(std::move(d));
      return out;
    }
  }
  AuditJob job;
  job.input_path = input;
  job.input_name = "POST /v1/audit";
  job.db_path = dir_ + "/audit.sqlite";
  job.report_path = dir_ + "/report.pending.html";  // renamed once the run id is known
  job.license_files = license_files_;
  job.deadline = deadline;
  out = engine.Audit(job);
  std::error_code ec;
  std::filesystem::remove(input, ec);
  if (out.ok() && out.value->report_written) {
    std::filesystem::rename(job.report_path, ReportPath(out.value->run_id), ec);
    if (ec) {
      out.value->report_written = false;
      out.value->report_problem = ec.message();
    }
  }
  return out;
}

std::optional<std::string> AuditRuns::Report(std::int64_t run_id) const {
  std::ifstream file(ReportPath(run_id), std::ios::binary);
  if (!file) return std::nullopt;
  std::ostringstream text;
  text << file.rdbuf();
  return text.str();
}

}  // namespace chipgate::server
