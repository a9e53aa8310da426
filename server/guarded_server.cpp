// See guarded_server.hpp.
#include "guarded_server.hpp"

#include <fmt/format.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <cstdio>

#include "audit/utc_now.hpp"
#include "api_error.hpp"
#include "connection_queue.hpp"
#include "deadline_stream.hpp"

namespace chipgate::server {
namespace {

using Clock = std::chrono::steady_clock;

// How often an idle keep-alive connection looks whether the server is stopping (httplib: 10 ms).
constexpr int kStopCheckMs = 50;

std::string RefusalResponse(std::size_t max_connections) {
  const std::string body = ErrorJson(
      MakeError(503, kBusy, fmt::format("the server has its {} connections open; try again shortly", max_connections)));
  return fmt::format(
      "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nContent-Length: {}\r\nRetry-After: 1\r\n"
      "Connection: close\r\n\r\n{}",
      body.size(), body);
}

}  // namespace

GuardedServer::GuardedServer(const Limits& limits) : limits_(limits) {
  new_task_queue = [this] {
    queue_ = new ConnectionQueue(limits_.threads, limits_.max_connections);
    return queue_;
  };
}

bool GuardedServer::ListenAfterBind() {
  // Linux applies a second listen() on a listening socket as a new backlog.
  if (svr_sock_ != INVALID_SOCKET) static_cast<void>(::listen(svr_sock_, SOMAXCONN));
  return listen_after_bind();
}

bool GuardedServer::process_and_close_socket(socket_t sock) {
  if (queue_ != nullptr && queue_->RefusingOnThisThread()) {
    Refuse(sock);
    return true;
  }
  const StreamLimits stream_limits{std::chrono::seconds(limits_.read_timeout_s), std::chrono::seconds(limits_.write_timeout_s),
                                   std::chrono::seconds(limits_.request_read_s)};
  bool ok = false;
  Connection connection(sock);
  for (std::size_t left = limits_.keep_alive_max_requests; left > 0 && WaitForRequest(connection); --left) {
    DeadlineStream stream(connection, stream_limits);
    bool closed = false;
    ok = process_request(stream, left == 1, closed, nullptr);
    ok = stream.Flush() && ok;
    if (!ok || closed) break;
  }
  ::shutdown(sock, SHUT_RDWR);
  ::close(sock);
  return ok;
}

bool GuardedServer::WaitForRequest(Connection& connection) const {
  const auto deadline = Clock::now() + std::chrono::seconds(limits_.keep_alive_timeout_s);
  return connection.WaitForBytes(std::chrono::milliseconds(kStopCheckMs),
                                 [&] { return svr_sock_ != INVALID_SOCKET && Clock::now() < deadline; });
}

void GuardedServer::Refuse(socket_t sock) const {
  const std::string response = RefusalResponse(limits_.max_connections);
  // Never wait on this thread: whatever the socket takes now is all the client gets.
  static_cast<void>(::send(sock, response.data(), response.size(), MSG_DONTWAIT | MSG_NOSIGNAL));
  // Take in what the client already sent, so that closing does not reset the connection before
  // it reads the 503.
  std::array<char, 8192> drain{};
  static_cast<void>(::recv(sock, drain.data(), drain.size(), MSG_DONTWAIT));
  ::shutdown(sock, SHUT_RDWR);
  ::close(sock);
  const std::string line = fmt::format("{} - - 503 - (over --max-connections {})\n", UtcNowIso8601(), limits_.max_connections);
  std::fwrite(line.data(), 1, line.size(), stderr);
}

}  // namespace chipgate::server
