// One request's socket I/O under two bounds (docs/server.md, Limits): cpp-httplib's own, a
// wait for the next byte (read and write timeouts), and the whole request's, a deadline for
// reading all of it and another for writing all of its answer. The per-byte wait alone lets a
// client that sends a header byte every few seconds (slowloris) hold a worker thread for hours.
//
// httplib reads a request a byte at a time through Stream::read, so reads are buffered here as
// in httplib's own socket stream.
#pragma once

#include <httplib.h>

#include <array>
#include <chrono>
#include <cstddef>

namespace chipgate::server {

struct StreamLimits {
  std::chrono::milliseconds read_wait;     // the longest wait for the next byte in
  std::chrono::milliseconds write_wait;    // the longest wait for room to write the next ones
  std::chrono::milliseconds whole_request; // reading the request, and again writing its answer
};

class DeadlineStream : public httplib::Stream {
 public:
  // `socket` must stay open while the stream is used; the read deadline starts now, the write
  // deadline at the first write.
  DeadlineStream(int socket, StreamLimits limits);

  bool is_readable() const override;
  bool is_writable() const override;
  ssize_t read(char* ptr, size_t size) override;
  ssize_t write(const char* ptr, size_t size) override;
  void get_remote_ip_and_port(std::string& ip, int& port) const override;
  void get_local_ip_and_port(std::string& ip, int& port) const override;
  int socket() const override { return socket_; }

 private:
  using Clock = std::chrono::steady_clock;
  bool Ready(short events, Clock::time_point deadline, std::chrono::milliseconds wait) const;

  int socket_;
  StreamLimits limits_;
  Clock::time_point read_deadline_;
  Clock::time_point write_deadline_ = Clock::time_point::max();
  std::array<char, 4096> buffer_{};
  std::size_t buffered_begin_ = 0;
  std::size_t buffered_end_ = 0;
};

}  // namespace chipgate::server
