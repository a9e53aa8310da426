// See deadline_stream.hpp.
#include "deadline_stream.hpp"

#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>

#include <algorithm>
#include <cstring>

namespace chipgate::server {
namespace {

// The socket's address at either end as text ("127.0.0.1", 8080), as httplib reports them.
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

DeadlineStream::DeadlineStream(int socket, StreamLimits limits)
    : socket_(socket), limits_(limits), read_deadline_(Clock::now() + limits.whole_request) {}

bool DeadlineStream::Ready(short events, Clock::time_point deadline, std::chrono::milliseconds wait) const {
  const auto now = Clock::now();
  if (now >= deadline) return false;
  const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - now);
  pollfd p{socket_, events, 0};
  const int wait_ms = static_cast<int>(std::max<std::chrono::milliseconds::rep>(1, std::min(left, wait).count()));
  int ready = 0;
  do {
    ready = ::poll(&p, 1, wait_ms);
  } while (ready < 0 && errno == EINTR);
  return ready > 0 && (p.revents & (events | POLLHUP)) != 0 && (p.revents & (POLLERR | POLLNVAL)) == 0;
}

bool DeadlineStream::is_readable() const { return buffered_begin_ < buffered_end_ || Ready(POLLIN, read_deadline_, limits_.read_wait); }

bool DeadlineStream::is_writable() const { return Ready(POLLOUT, write_deadline_, limits_.write_wait); }

ssize_t DeadlineStream::read(char* ptr, size_t size) {
  if (buffered_begin_ == buffered_end_) {
    if (!is_readable()) return -1;
    ssize_t n = 0;
    do {
      n = ::recv(socket_, buffer_.data(), buffer_.size(), 0);
    } while (n < 0 && errno == EINTR);
    if (n <= 0) return n;
    buffered_begin_ = 0;
    buffered_end_ = static_cast<std::size_t>(n);
  }
  const std::size_t n = std::min(size, buffered_end_ - buffered_begin_);
  std::memcpy(ptr, buffer_.data() + buffered_begin_, n);
  buffered_begin_ += n;
  return static_cast<ssize_t>(n);
}

ssize_t DeadlineStream::write(const char* ptr, size_t size) {
  if (write_deadline_ == Clock::time_point::max()) write_deadline_ = Clock::now() + limits_.whole_request;
  if (!is_writable()) return -1;
  ssize_t n = 0;
  do {
    n = ::send(socket_, ptr, size, MSG_NOSIGNAL);
  } while (n < 0 && errno == EINTR);
  return n;
}

void DeadlineStream::get_remote_ip_and_port(std::string& ip, int& port) const { Endpoint(socket_, true, ip, port); }

void DeadlineStream::get_local_ip_and_port(std::string& ip, int& port) const { Endpoint(socket_, false, ip, port); }

}  // namespace chipgate::server
