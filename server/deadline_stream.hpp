// One request's socket I/O under two bounds (docs/server.md, Limits): cpp-httplib's own, a
// wait for the next byte (read and write timeouts), and the whole request's, a deadline for
// reading all of it and another for writing all of its answer. The per-byte wait alone lets a
// client that sends a header byte every few seconds (slowloris) hold a worker thread for hours.
//
// httplib reads a request a byte at a time through Stream::read, so reads are buffered here as
// in httplib's own socket stream. Writes are buffered too, and sent by Flush once the answer is
// whole: httplib writes the headers and the body separately, and two sends per answer cost the
// server and its client twice the TCP work (a fifth of the server's time under load). Reads and
// sends try the socket first and wait (poll) only when it is not ready.
#pragma once

#include <httplib.h>

#include <array>
#include <chrono>
#include <cstddef>
#include <string>

namespace chipgate::server {

struct StreamLimits {
  std::chrono::milliseconds read_wait;     // the longest wait for the next byte in
  std::chrono::milliseconds write_wait;    // the longest wait for room to write the next ones
  std::chrono::milliseconds whole_request; // reading the request, and again writing its answer
};

// What a keep-alive connection keeps between its requests: the bytes read but not yet used (a
// client may send its next request before this one is answered: pipelining) and its two
// addresses, looked up on the first request only (httplib asks on every request for
// REMOTE_ADDR, and getpeername plus getnameinfo each time was 3% of the server's time).
struct Connection {
  explicit Connection(int socket_fd) : socket(socket_fd) {}

  // Waits until the next request's first bytes are in (true), the client closes or fails
  // (false), or `until` says to stop waiting (false). Each wait is one blocking recv of at most
  // `slice`, so the caller's stop condition is looked at that often without a poll per request.
  template <class KeepWaiting>
  bool WaitForBytes(std::chrono::milliseconds slice, KeepWaiting until);

  int socket;
  std::array<char, 4096> buffer;  // bytes read; [begin, end) not yet consumed
  std::size_t begin = 0;
  std::size_t end = 0;
  bool endpoints_known = false;
  std::string remote_ip, local_ip;
  int remote_port = 0, local_port = 0;

 private:
  // One blocking recv of at most `slice` (SO_RCVTIMEO, set when it changes); `timed_out` when
  // nothing came in time, as opposed to the client closing or failing.
  bool ReceiveWithin(std::chrono::milliseconds slice, bool& timed_out);
  std::chrono::milliseconds receive_timeout_{0};
};

template <class KeepWaiting>
bool Connection::WaitForBytes(std::chrono::milliseconds slice, KeepWaiting until) {
  if (begin < end) return true;
  while (until()) {
    bool timed_out = false;
    if (ReceiveWithin(slice, timed_out)) return true;
    if (!timed_out) return false;
  }
  return false;
}

class DeadlineStream : public httplib::Stream {
 public:
  // `connection` must outlive the stream; the read deadline starts now, the write deadline at
  // the first write.
  DeadlineStream(Connection& connection, StreamLimits limits);

  bool is_readable() const override;
  bool is_writable() const override;
  ssize_t read(char* ptr, size_t size) override;
  ssize_t write(const char* ptr, size_t size) override;
  void get_remote_ip_and_port(std::string& ip, int& port) const override;
  void get_local_ip_and_port(std::string& ip, int& port) const override;
  int socket() const override { return connection_.socket; }

  // Sends what write() buffered, within the write deadline; false when the client did not take it.
  bool Flush();

 private:
  using Clock = std::chrono::steady_clock;
  // An answer streamed in parts (a report) goes out as it grows, not whole at the end.
  static constexpr std::size_t kFlushAt = 64 * 1024;
  bool Ready(short events, Clock::time_point deadline, std::chrono::milliseconds wait) const;
  bool SendAll(const char* data, std::size_t size);
  const Connection& Known() const;

  Connection& connection_;
  StreamLimits limits_;
  Clock::time_point read_deadline_;
  Clock::time_point write_deadline_ = Clock::time_point::max();
  std::string pending_;  // bytes written, not yet sent
  bool write_failed_ = false;
};

}  // namespace chipgate::server
