// cpp-httplib's server with the limits it lacks (docs/server.md, Limits) and an event-driven
// connection front end in place of its thread per connection (loop_set.hpp, event_loop.hpp): a
// hard cap on open connections (those over it get a 503 and are closed at once, on the
// accepting thread), a deadline for reading each request whole and for writing its answer, and
// a few loop threads serving every connection. The HTTP itself stays httplib's: each request is
// answered by its process_request, which this class lends to the loops (RequestRunner).
#pragma once

#include <httplib.h>

#include "options.hpp"
#include "request_runner.hpp"

namespace chipgate::server {

class LoopSet;

class GuardedServer : public httplib::Server, private RequestRunner {
 public:
  explicit GuardedServer(const Limits& limits);

  // listen_after_bind with the kernel's full accept queue (SOMAXCONN) instead of httplib's
  // CPPHTTPLIB_LISTEN_BACKLOG of 5, which the Debian library fixed when it was built: 50 clients
  // connecting at once overflowed it, and each dropped handshake cost its client a one-second
  // retransmission (wrk's p99 was 1.08 s). Returns once stopped, after the requests in flight.
  bool ListenAfterBind();

 private:
  // On the accepting thread: refuse the connection, or give it to a loop.
  bool process_and_close_socket(socket_t sock) override;
  bool Answer(httplib::Stream& stream, bool last, bool& client_closes) override;
  // The answer to a connection over the cap: one write, then close.
  void Refuse(socket_t sock) const;

  const Limits limits_;
  LoopSet* loops_ = nullptr;  // made and owned by httplib while it listens
};

}  // namespace chipgate::server
