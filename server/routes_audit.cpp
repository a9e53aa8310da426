// POST /v1/audit (a shipment log as the CSV body → the run's summary and id) and
// GET /v1/runs/{id}/report (that run's HTML report).
#include <fmt/format.h>
#include <httplib.h>

#include <charconv>
#include <nlohmann/json.hpp>

#include "body_route.hpp"
#include "router.hpp"
#include "routes.hpp"

namespace chipgate::server {
namespace {

using httplib::Request;
using httplib::Response;

std::string SummaryJson(const AuditRunSummary& s) {
  nlohmann::json j = {{"run_id", s.run_id},
                      {"rows", s.rows},
                      {"ok", s.ok},
                      {"violations", s.violations},
                      {"over_declared", s.over_declared},
                      {"indeterminate", s.indeterminate},
                      {"rejected", s.rejected},
                      {"input_sha256", s.input_sha256},
                      {"report", s.report_written ? nlohmann::json(fmt::format("/v1/runs/{}/report", s.run_id)) : nlohmann::json(nullptr)}};
  if (!s.report_written) j["report_problem"] = s.report_problem;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void Audit(Context& c, const RequestBody& body, Response& res) {
  if (body.bytes.empty()) return SendError(res, MakeError(400, kMissingField, "the body must be the shipment log (CSV with a header row)", "body"));
  Result<AuditRunSummary> run = c.runs.Run(*c.snapshot.Current(), body.bytes, RequestDeadline(c));
  if (!run.ok()) return SendError(res, FromDiagnostics(run.diagnostics));
  SendJson(res, 201, SummaryJson(*run.value));
}

void Report(Context& c, const Request& req, Response& res) {
  const std::string text = req.matches[1];
  std::int64_t id = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  std::optional<std::string> html;
  if (ec == std::errc() && end == text.data() + text.size()) html = c.runs.Report(id);
  if (!html) return SendError(res, MakeError(404, kNotFound, fmt::format("there is no report for run `{}`", text), "id"));
  SendHtml(res, 200, std::move(*html));
}

}  // namespace

void AddAuditRoutes(Router& router, Context& c) {
  PostWithBody(router, "/v1/audit", c.options.limits.max_body_bytes, [&c](const RequestBody& body, Response& res) { Audit(c, body, res); }, &SendError);
  router.Get(R"(/v1/runs/(\d{1,18})/report)", [&c](const Request& req, Response& res) { Report(c, req, res); });
}

}  // namespace chipgate::server
