// See guarded_server.hpp.
#include "guarded_server.hpp"

#include <fmt/format.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <thread>

#include "canned_answers.hpp"
#include "loop_set.hpp"

namespace chipgate::server {
namespace {

// The longest request line and headers a loop buffers before answering 431: eight of httplib's
// longest header lines.
constexpr std::size_t kMaxHeadBytes = 64 * 1024;
// A body longer than this that is not all in yet is read by the worker that answers the request
// (request_frame.hpp, kStreamed), so the loops hold at most this much of one body per connection.
constexpr std::size_t kMaxBufferedBody = 256 * 1024;

// A request's head, its body at the limit, and room for the body's chunk framing (a few bytes a
// chunk: an eighth of the body allows chunks down to about 64 bytes) and a multipart form's
// boundaries.
std::uint64_t MaxRequestBytes(std::size_t max_body_bytes) {
  const std::uint64_t body = max_body_bytes;
  return kMaxHeadBytes + body + body / 8 + 64 * 1024;
}

LoopSettings SettingsFor(const Limits& l) {
  LoopSettings s;
  s.stream = {std::chrono::seconds(l.read_timeout_s), std::chrono::seconds(l.write_timeout_s), std::chrono::seconds(l.request_read_s),
              MaxRequestBytes(l.max_body_bytes)};
  s.keep_alive = std::chrono::seconds(l.keep_alive_timeout_s);
  s.keep_alive_max_requests = l.keep_alive_max_requests;
  s.frame = {kMaxHeadBytes, l.max_body_bytes, kMaxBufferedBody};
  return s;
}

std::size_t LoopCount(const Limits& l) {
  if (l.loops > 0) return l.loops;
  return std::max<std::size_t>(1, std::thread::hardware_concurrency());
}

}  // namespace

GuardedServer::GuardedServer(const Limits& limits) : limits_(limits) {
  // The loops keep the connections and close them (loop_connection.hpp); httplib's own settings
  // only feed the Keep-Alive header it writes, which clients that honour it go by.
  set_keep_alive_timeout(limits.keep_alive_timeout_s);
  set_keep_alive_max_count(limits.keep_alive_max_requests);
  new_task_queue = [this] {
    loops_ = new LoopSet(*this, SettingsFor(limits_), LoopCount(limits_), limits_.threads, limits_.max_connections);
    return loops_;
  };
}

bool GuardedServer::ListenAfterBind() {
  // Linux applies a second listen() on a listening socket as a new backlog.
  if (svr_sock_ != INVALID_SOCKET) static_cast<void>(::listen(svr_sock_, SOMAXCONN));
  return listen_after_bind();
}

bool GuardedServer::process_and_close_socket(socket_t sock) {
  if (loops_->Full()) {
    Refuse(sock);
  } else {
    loops_->Adopt(sock);
  }
  return true;
}

bool GuardedServer::Answer(httplib::Stream& stream, bool last, bool& client_closes) {
  return process_request(stream, last, client_closes, nullptr);
}

void GuardedServer::Refuse(socket_t sock) const {
  const std::string response = BusyAnswer(limits_.max_connections);
  // Never wait on this thread: whatever the socket takes now is all the client gets.
  static_cast<void>(::send(sock, response.data(), response.size(), MSG_DONTWAIT | MSG_NOSIGNAL));
  // Take in what the client already sent, so that closing does not reset the connection before
  // it reads the 503.
  std::array<char, 8192> drain{};
  static_cast<void>(::recv(sock, drain.data(), drain.size(), MSG_DONTWAIT));
  ::shutdown(sock, SHUT_RDWR);
  ::close(sock);
  LogRefusal(503, fmt::format("over --max-connections {}", limits_.max_connections));
}

}  // namespace chipgate::server
