// How `chipgate serve` runs: where it listens, who may call it, and the limits that keep one
// slow or hostile client from disturbing the others (docs/server.md explains each default).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "chipgate/engine.hpp"

namespace chipgate::server {

struct Limits {
  std::size_t max_body_bytes = 8u << 20;    // 413 beyond (an audit log is the largest body)
  std::size_t max_order_lines = 1000;       // 413 beyond
  int read_timeout_s = 5;                   // a client that sends nothing for this long is cut off
  int write_timeout_s = 5;                  // one that reads nothing for this long, too
  int keep_alive_timeout_s = 5;             // an idle keep-alive connection is closed after this
  std::size_t keep_alive_max_requests = 1000;
  std::size_t loops = 0;                    // event-loop threads serving the connections; 0: one per core
  std::size_t threads = 16;                 // workers for long requests (audits, orders, reports) and streamed bodies
  std::size_t max_connections = 256;        // open at once; beyond: 503 and closed
  int request_read_s = 15;                  // to send one request whole, and again to read its answer
  int request_timeout_s = 30;               // to answer one request (orders, audits): beyond, 504
  // The header size (8 KiB) and line limits are cpp-httplib's, fixed when it was built.
};

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;
  std::string token;       // the bearer token every request but /healthz must carry; empty: none
  bool insecure = false;   // allow a non-loopback address without a token
  std::string runs_dir;    // where audit runs are stored (database and reports)
  std::vector<std::string> license_files;  // registers audit runs check claimed licenses against
  Limits limits;
  EngineOptions engine;
};

// True for 127.0.0.0/8, ::1 and "localhost".
bool IsLoopback(const std::string& host);

}  // namespace chipgate::server
