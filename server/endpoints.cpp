// See endpoints.hpp.
#include "endpoints.hpp"

#include <netdb.h>
#include <sys/socket.h>

#include <array>
#include <cstdlib>

namespace chipgate::server {
namespace {

void Endpoint(int socket, bool peer, std::string& ip, int& port) {
  sockaddr_storage address{};
  socklen_t length = sizeof address;
  auto* sa = reinterpret_cast<sockaddr*>(&address);
  if ((peer ? ::getpeername(socket, sa, &length) : ::getsockname(socket, sa, &length)) != 0) return;
  std::array<char, NI_MAXHOST> host{};
  std::array<char, NI_MAXSERV> service{};
  if (::getnameinfo(sa, length, host.data(), static_cast<socklen_t>(host.size()), service.data(), static_cast<socklen_t>(service.size()),
                    NI_NUMERICHOST | NI_NUMERICSERV) != 0) return;
  ip = host.data();
  port = std::atoi(service.data());
}

}  // namespace

const Endpoints& Endpoints::Of(int socket) {
  if (!known) {
    Endpoint(socket, true, remote_ip, remote_port);
    Endpoint(socket, false, local_ip, local_port);
    known = true;
  }
  return *this;
}

}  // namespace chipgate::server
