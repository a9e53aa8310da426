// A connection's two addresses as text ("127.0.0.1", 8080), as httplib reports them to handlers
// (REMOTE_ADDR). Looked up on a connection's first request only: httplib asks on every request,
// and getpeername plus getnameinfo each time was 3% of the server's time.
#pragma once

#include <string>

namespace chipgate::server {

struct Endpoints {
  std::string remote_ip, local_ip;
  int remote_port = 0, local_port = 0;
  bool known = false;

  // Fills the addresses of `socket` the first time; later calls return them as they are.
  const Endpoints& Of(int socket);
};

}  // namespace chipgate::server
