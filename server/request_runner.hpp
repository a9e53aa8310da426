// What an event loop or a worker needs of the HTTP server to answer one request: httplib's own
// parsing, routing and answer writing (Server::process_request, protected, so GuardedServer
// lends it through this interface) on a stream the caller provides.
#pragma once

#include <httplib.h>

namespace chipgate::server {

class RequestRunner {
 public:
  virtual ~RequestRunner() = default;
  // Reads one request from `stream`, answers it into `stream`; `last` answers with
  // `Connection: close`, and `client_closes` is set when the client asked for that. False when
  // the connection cannot go on (nothing to read, or the answer could not be written).
  virtual bool Answer(httplib::Stream& stream, bool last, bool& client_closes) = 0;
};

}  // namespace chipgate::server
