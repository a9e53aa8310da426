// See server.hpp. The HTTP side: limits, the bearer token, the access log, JSON for every
// error httplib produces itself (404, 413, a malformed request), and the signal wiring.
#include "server.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <httplib.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "audit/utc_now.hpp"
#include "auth.hpp"
#include "guarded_server.hpp"
#include "log_line.hpp"
#include "router.hpp"
#include "routes.hpp"
#include "signals.hpp"

namespace chipgate::server {
namespace {

using httplib::Request;
using httplib::Response;
using Clock = std::chrono::steady_clock;

// The access log's timing travels with the response as the standard Server-Timing header:
// stamped with the start when routing begins, turned into the duration when it ends.
constexpr const char* kTiming = "Server-Timing";

void StampStart(Response& res) {
  res.set_header(kTiming, std::to_string(Clock::now().time_since_epoch().count()));
}

void StampDuration(Response& res) {
  const auto it = res.headers.find(kTiming);
  if (it == res.headers.end()) return;
  const auto start = Clock::time_point(Clock::duration(std::strtoll(it->second.c_str(), nullptr, 10)));
  const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
  it->second = fmt::format("app;dur={:.3f}", ms);
}

void LogRequest(const Request& req, const Response& res) {
  std::string ms = "-";  // a request httplib refused before routing it (413, malformed)
  const std::string timing = res.get_header_value(kTiming);
  if (timing.rfind("app;dur=", 0) == 0) ms = timing.substr(8);
  // One write per line, so lines from concurrent requests do not interleave.
  const std::string line = fmt::format("{} {} {} {} {}ms\n", UtcNowIso8601(), req.method, req.path, res.status, ms);
  WriteLogLine(line);
}

ApiError HttpError(const Request& req, int status) {
  switch (status) {
    case 404: return MakeError(404, kNotFound, fmt::format("no such endpoint: {} {}", req.method, req.path));
    case 413: return MakeError(413, kTooLarge, "the request body is larger than this server accepts");
    default: break;
  }
  if (status >= 500) return MakeError(status, kInternal, "the server failed to answer");
  return MakeError(status, kBadRequest, "the request is not well-formed HTTP");
}

// httplib answers 404 to a method no route of the path takes (PUT /v1/check); that is a 405
// naming the methods that are (router.hpp), and OPTIONS on such a path is answered with them.
// Returns whether it was such a request.
bool AnswerOtherMethod(const Router& router, const Request& req, Response& res) {
  if (res.status != 404) return false;
  const std::vector<std::string> allowed = router.AllowedOn(req.path);
  if (allowed.empty() || std::find(allowed.begin(), allowed.end(), req.method) != allowed.end()) return false;
  const std::string allow = fmt::format("{}", fmt::join(allowed, ", "));
  res.set_header("Allow", allow);
  res.body.clear();
  if (req.method == "OPTIONS") {
    res.status = 204;
    return true;
  }
  SendError(res, MakeError(405, kMethodNotAllowed, fmt::format("{} is not allowed on {}: it takes {}", req.method, req.path, allow)));
  return true;
}

// httplib's own error responses come without a body; ours always have one.
void JsonForEmptyErrors(const Router& router, const Request& req, Response& res) {
  if (AnswerOtherMethod(router, req, res) || !res.body.empty()) return;
  SendError(res, HttpError(req, res.status));
}

void Configure(httplib::Server& server, const Router& router, const ServerOptions& o) {
  const Limits& l = o.limits;
  server.set_payload_max_length(l.max_body_bytes);
  // httplib writes the headers and the body separately: without TCP_NODELAY, Nagle's algorithm
  // holds the body until the client's delayed ACK, 40 ms on Linux, on every keep-alive answer.
  server.set_tcp_nodelay(true);
  // The timeouts, the keep-alive and the thread pool are GuardedServer's (guarded_server.hpp).
  server.set_pre_routing_handler([&o](const Request& req, Response& res) {
    StampStart(res);
    if (o.token.empty() || req.path == "/healthz" || TokenMatches(req.get_header_value("Authorization"), o.token)) {
      return httplib::Server::HandlerResponse::Unhandled;
    }
    res.set_header("WWW-Authenticate", "Bearer");
    SendError(res, MakeError(401, kUnauthorized, "this server needs `Authorization: Bearer <token>`"));
    return httplib::Server::HandlerResponse::Handled;
  });
  server.set_post_routing_handler([](const Request&, Response& res) { StampDuration(res); });
  server.set_error_handler([&router](const Request& req, Response& res) { JsonForEmptyErrors(router, req, res); });
  server.set_exception_handler([](const Request&, Response& res, std::exception_ptr) {
    // Never a stack trace or a dropped connection: the client learns it failed, the log why not.
    res.body.clear();
    SendError(res, MakeError(500, kInternal, "the server failed to answer; the request was not decided"));
  });
  server.set_logger(&LogRequest);
}

void LogReload(EngineSnapshot& snapshot) {
  Result<bool> reloaded = snapshot.Reload();
  if (reloaded.ok()) {
    fmt::print(stderr, "chipgate serve: reloaded (reload {}): rules {}\n", snapshot.reloads(), snapshot.Current()->provenance().rules_hash);
    return;
  }
  fmt::print(stderr, "chipgate serve: reload failed; still answering from the snapshot loaded at {}\n{}", snapshot.loaded_at(),
             RenderText(reloaded.diagnostics));
}

int Serve(GuardedServer& server, const ServerOptions& o) {
  int port = o.port;
  if (port == 0) {
    port = server.bind_to_any_port(o.host);
    if (port < 0) port = 0;
  } else if (!server.bind_to_port(o.host, port)) {
    port = 0;
  }
  if (port == 0) {
    fmt::print(stderr, "chipgate serve: cannot listen on {}:{} (in use, or not an address of this machine)\n", o.host, o.port);
    return 2;
  }
  fmt::print(stderr, "chipgate serve: listening on http://{}:{}\n", o.host.find(':') != std::string::npos ? "[" + o.host + "]" : o.host, port);
  std::fflush(stderr);
  server.ListenAfterBind();  // returns once stopped, after the requests in flight
  fmt::print(stderr, "chipgate serve: stopped\n");
  return 0;
}

}  // namespace

int RunServer(const ServerOptions& o) {
  if (!IsLoopback(o.host) && o.token.empty() && !o.insecure) {
    fmt::print(stderr, "chipgate serve: {} is not a loopback address: give --token-file FILE (or --insecure to serve anyone who can reach it)\n", o.host);
    return 2;
  }
  Result<std::unique_ptr<EngineSnapshot>> loaded = EngineSnapshot::Load(o.engine);
  if (!loaded.diagnostics.empty()) fmt::print(stderr, "{}", RenderText(loaded.diagnostics));
  if (!loaded.ok()) return 2;
  EngineSnapshot& snapshot = **loaded.value;
  GuardedServer server(o.limits);
  // Before the first server thread starts, so that every thread inherits the blocked signals.
  SignalWatcher signals([&snapshot] { LogReload(snapshot); }, [&server] { server.stop(); });
  AuditRuns runs(o.runs_dir, o.license_files);
  Context context{snapshot, o, runs};
  Router router(server);
  Configure(server, router, o);
  AddApiRoutes(router, context);
  AddAuditRoutes(router, context);
  AddPageRoutes(router, context);
  return Serve(server, o);
}

}  // namespace chipgate::server
