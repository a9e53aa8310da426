// See memory_stream.hpp.
#include "memory_stream.hpp"

#include <algorithm>
#include <cstring>

namespace chipgate::server {

ssize_t MemoryStream::read(char* ptr, size_t size) {
  const std::size_t n = std::min(size, input_.size() - consumed_);
  if (n == 0) {
    starved_ = size > 0;
    return 0;
  }
  std::memcpy(ptr, input_.data() + consumed_, n);
  consumed_ += n;
  return static_cast<ssize_t>(n);
}

ssize_t MemoryStream::write(const char* ptr, size_t size) {
  output_.append(ptr, size);
  return static_cast<ssize_t>(size);
}

void MemoryStream::get_remote_ip_and_port(std::string& ip, int& port) const {
  ip = endpoints_.remote_ip;
  port = endpoints_.remote_port;
}

void MemoryStream::get_local_ip_and_port(std::string& ip, int& port) const {
  ip = endpoints_.local_ip;
  port = endpoints_.local_port;
}

}  // namespace chipgate::server
