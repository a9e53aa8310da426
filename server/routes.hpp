// What the route handlers share: the engine snapshot, the options, the audit runs, and the
// helpers every handler answers with. Each file adds one family of routes to the server.
#pragma once

#include <chrono>
#include <cstdio>
#include <string>
#include <string_view>

#include "api_error.hpp"
#include "audit_runs.hpp"
#include "options.hpp"
#include "snapshot.hpp"

namespace httplib {
class Server;
struct Request;
struct Response;
}  // namespace httplib

namespace chipgate::server {

class Router;

struct Context {
  EngineSnapshot& snapshot;
  const ServerOptions& options;
  AuditRuns& runs;
};

// When the request that started now must be answered by (Limits::request_timeout_s).
std::chrono::steady_clock::time_point RequestDeadline(const Context& context);

void SendJson(httplib::Response& res, int status, std::string body);
void SendError(httplib::Response& res, const ApiError& error);
void SendHtml(httplib::Response& res, int status, std::string body);

void AddApiRoutes(Router& router, Context& context);    // routes_api.cpp
void AddAuditRoutes(Router& router, Context& context);  // routes_audit.cpp
void AddPageRoutes(Router& router, Context& context);   // page_routes.cpp

// The OpenAPI 3 description of the JSON API (openapi.cpp).
std::string_view OpenApiDocument();

}  // namespace chipgate::server
