// One request for httplib to read from memory and answer into memory: the event loop
// (event_loop.hpp) has already received every byte httplib will read for it (request_frame.hpp),
// so reading never waits, and the answer is sent by the loop without blocking. A read past the
// end means the framing was wrong: it reads as the end of the input, and `starved` says so.
#pragma once

#include <httplib.h>

#include <cstddef>
#include <string>
#include <string_view>

#include "endpoints.hpp"

namespace chipgate::server {

class MemoryStream : public httplib::Stream {
 public:
  // `input` and `output` must outlive the stream; the answer is appended to `output`.
  MemoryStream(std::string_view input, std::string& output, const Endpoints& endpoints, int socket)
      : input_(input), output_(output), endpoints_(endpoints), socket_(socket) {}

  bool is_readable() const override { return consumed_ < input_.size(); }
  bool is_writable() const override { return true; }
  ssize_t read(char* ptr, size_t size) override;
  ssize_t write(const char* ptr, size_t size) override;
  void get_remote_ip_and_port(std::string& ip, int& port) const override;
  void get_local_ip_and_port(std::string& ip, int& port) const override;
  // httplib only compares it with FD_SETSIZE (its select() limit), as it does a socket's.
  int socket() const override { return socket_; }

  std::size_t consumed() const { return consumed_; }
  bool starved() const { return starved_; }

 private:
  std::string_view input_;
  std::string& output_;
  const Endpoints& endpoints_;
  int socket_;
  std::size_t consumed_ = 0;
  bool starved_ = false;
};

}  // namespace chipgate::server
