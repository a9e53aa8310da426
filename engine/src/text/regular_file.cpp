// Regular-file opening and bounded reading (see regular_file.hpp).
#include "text/regular_file.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace chipgate {
namespace {

// Closes the descriptor on every path out of ReadRegularFile.
struct Descriptor {
  int fd;
  ~Descriptor() {
    if (fd >= 0) ::close(fd);
  }
};

// The descriptor and its status, still non-blocking: a whole-file read (the most common use,
// once per rule and catalog file of every load) needs neither a second fstat nor the two fcntl
// calls that clear the flag, since reads of a regular file do not block.
int OpenNonBlocking(const std::string& path, struct stat& info, std::string& error) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    error = std::strerror(errno);
    return -1;
  }
  if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    error = "not a regular file (a folder, a device or a pipe)";
    ::close(fd);
    return -1;
  }
  return fd;
}

void ClearNonBlocking(int fd) { ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK); }

}  // namespace

int OpenRegularFile(const std::string& path, std::string& error) {
  struct stat info {};
  const int fd = OpenNonBlocking(path, info, error);
  // Back to blocking reads: O_NONBLOCK was only for the open.
  if (fd >= 0) ClearNonBlocking(fd);
  return fd;
}

std::optional<std::string> ReadRegularFile(const std::string& path, std::size_t max_bytes, std::string& error) {
  struct stat info {};
  const Descriptor file{OpenNonBlocking(path, info, error)};
  if (file.fd < 0) return std::nullopt;
  const auto too_large = [&] { error = fmt::format("larger than the limit of {} bytes", max_bytes); };
  if (static_cast<std::uint64_t>(info.st_size) > max_bytes) {
    too_large();
    return std::nullopt;
  }
  // Read to the end, not just st_size bytes, in case the file grew; stop past the limit.
  std::string text(static_cast<std::size_t>(info.st_size) + 1, '\0');
  std::size_t used = 0;
  for (;;) {
    if (used == text.size()) text.resize(std::min(text.size() * 2, max_bytes + 1));
    const ssize_t n = ::read(file.fd, text.data() + used, text.size() - used);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && errno == EAGAIN) {  // a file system that honours O_NONBLOCK (a lock, FUSE): block
      ClearNonBlocking(file.fd);
      continue;
    }
    if (n < 0) {
      error = std::strerror(errno);
      return std::nullopt;
    }
    if (n == 0) break;
    used += static_cast<std::size_t>(n);
    if (used > max_bytes) {
      too_large();
      return std::nullopt;
    }
  }
  text.resize(used);
  return text;
}

}  // namespace chipgate
