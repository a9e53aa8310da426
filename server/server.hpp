// `chipgate serve`: the JSON API and the web page on one engine snapshot, until SIGTERM.
#pragma once

#include "options.hpp"

namespace chipgate::server {

// Loads the engine, binds, serves until SIGTERM or SIGINT (requests in flight finish), then
// returns 0; 2 when it cannot start (bad options, rules that do not load, an address in use).
// Problems and the access log go to stderr.
int RunServer(const ServerOptions& options);

}  // namespace chipgate::server
