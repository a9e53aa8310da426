// cpp-httplib's server with the limits it lacks (docs/server.md, Limits): a hard cap on open
// connections (those over it get a 503 and are closed at once; connection_queue.hpp) and a
// deadline for reading each request whole and for writing its answer (deadline_stream.hpp).
// It replaces httplib's connection loop, which is short (wait for a request, answer it, up to
// the keep-alive count) and would otherwise use httplib's per-byte timeouts only; the HTTP
// itself stays httplib's (process_request).
#pragma once

#include <httplib.h>

#include "options.hpp"

namespace chipgate::server {

class ConnectionQueue;
struct Connection;

class GuardedServer : public httplib::Server {
 public:
  explicit GuardedServer(const Limits& limits);

  // listen_after_bind with the kernel's full accept queue (SOMAXCONN) instead of httplib's
  // CPPHTTPLIB_LISTEN_BACKLOG of 5, which the Debian library fixed when it was built: 50 clients
  // connecting at once overflowed it, and each dropped handshake cost its client a one-second
  // retransmission (wrk's p99 was 1.08 s). Returns once stopped.
  bool ListenAfterBind();

 private:
  bool process_and_close_socket(socket_t sock) override;
  // Waits up to the keep-alive timeout for the next request's first byte; false when none
  // comes, the client closed, or the server is stopping.
  bool WaitForRequest(Connection& connection) const;
  // The answer to a connection over the cap, on the accepting thread: one write, then close.
  void Refuse(socket_t sock) const;

  const Limits limits_;
  ConnectionQueue* queue_ = nullptr;  // made and owned by httplib while it listens
};

}  // namespace chipgate::server
