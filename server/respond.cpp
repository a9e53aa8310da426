// The three ways a handler answers (routes.hpp). Every answer says what it is, and pages forbid
// scripts and outside resources outright (they use neither), so injected markup could not act.
#include <httplib.h>

#include "routes.hpp"

namespace chipgate::server {

std::chrono::steady_clock::time_point RequestDeadline(const Context& context) {
  return std::chrono::steady_clock::now() + std::chrono::seconds(context.options.limits.request_timeout_s);
}

void SendJson(httplib::Response& res, int status, std::string body) {
  res.status = status;
  res.set_content(std::move(body), "application/json");
}

void SendError(httplib::Response& res, const ApiError& error) { SendJson(res, error.status, ErrorJson(error)); }

void SendHtml(httplib::Response& res, int status, std::string body) {
  res.status = status;
  res.set_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'");
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_content(std::move(body), "text/html; charset=utf-8");
}

}  // namespace chipgate::server
