// One request's socket I/O under two bounds (docs/server.md, Limits), for the requests httplib
// must read from the socket itself (request_frame.hpp, kStreamed: a chunked body, a client
// waiting for 100 Continue, a body too large to buffer), on a worker thread: cpp-httplib's own
// bound, a wait for the next byte (read and write timeouts), and the whole request's, a
// deadline for reading all of it and another for writing all of its answer. The per-byte wait
// alone lets a client that sends a body byte every few seconds hold a worker thread for hours.
//
// httplib reads a request a byte at a time through Stream::read, so reads are buffered here as
// in httplib's own socket stream; the buffer starts with the bytes the event loop had already
// received. Writes are buffered too, and sent by Flush once the answer is whole (one send per
// answer instead of httplib's two). Reads and sends try the socket first and wait (poll) only
// when it is not ready; the socket is non-blocking, as the event loop keeps it.
#pragma once

#include <httplib.h>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>

#include "endpoints.hpp"

namespace chipgate::server {

struct StreamLimits {
  std::chrono::milliseconds read_wait;     // the longest wait for the next byte in
  std::chrono::milliseconds write_wait;    // the longest wait for room to write the next ones
  std::chrono::milliseconds whole_request; // reading the request, and again writing its answer
  // The most one request may bring in, head, body and chunk framing together: past it reads
  // fail. httplib holds only a Content-Length to --max-body-bytes; this holds every body, on
  // every path and method (body_route.hpp answers 413 within it on the POST routes).
  std::uint64_t max_request_bytes = UINT64_MAX;
};

// The socket and what was read from it but not yet used: after the request, [begin, end) of
// `buffer` is the start of the next one (a client may pipeline), handed back to the event loop.
struct Connection {
  Connection(int socket_fd, std::string already_read, const Endpoints& known)
      : socket(socket_fd), buffer(std::move(already_read)), endpoints(known) {}

  std::string Unread() const { return buffer.substr(begin); }

  int socket;
  std::string buffer;
  std::size_t begin = 0;
  Endpoints endpoints;
};

class DeadlineStream : public httplib::Stream {
 public:
  using Clock = std::chrono::steady_clock;

  // `connection` must outlive the stream; the read deadline runs from `request_started` (when
  // the request's first byte came), the write deadline from the first write.
  DeadlineStream(Connection& connection, StreamLimits limits, Clock::time_point request_started);

  bool is_readable() const override;
  bool is_writable() const override;
  ssize_t read(char* ptr, size_t size) override;
  ssize_t write(const char* ptr, size_t size) override;
  void get_remote_ip_and_port(std::string& ip, int& port) const override;
  void get_local_ip_and_port(std::string& ip, int& port) const override;
  int socket() const override { return connection_.socket; }

  // Sends what write() buffered, within the write deadline; false when the client did not take it.
  bool Flush();
  // A read was refused at max_request_bytes: the rest of the request is still on the socket, so
  // the connection cannot go on to a next one.
  bool capped() const { return capped_; }

 private:
  static constexpr std::size_t kReadSize = 4096;
  // An answer streamed in parts goes out as it grows, not whole at the end.
  static constexpr std::size_t kFlushAt = 64 * 1024;
  bool Ready(short events, Clock::time_point deadline, std::chrono::milliseconds wait) const;
  bool SendAll(const char* data, std::size_t size);

  Connection& connection_;
  StreamLimits limits_;
  Clock::time_point read_deadline_;
  Clock::time_point write_deadline_ = Clock::time_point::max();
  std::uint64_t read_bytes_ = 0;  // what read() has returned, against max_request_bytes
  bool capped_ = false;
  std::string pending_;  // bytes written, not yet sent
  bool write_failed_ = false;
};

}  // namespace chipgate::server
