// See log_line.hpp.
#include "log_line.hpp"

#include <unistd.h>

#include <cerrno>

namespace chipgate::server {

void WriteLogLine(std::string_view line) {
  while (!line.empty()) {
    const ssize_t n = ::write(STDERR_FILENO, line.data(), line.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;  // a log that cannot be written must not stop the answers
    line.remove_prefix(static_cast<std::size_t>(n));
  }
}

}  // namespace chipgate::server
