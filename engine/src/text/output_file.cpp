// Atomic file replacement (see output_file.hpp).
#include "text/output_file.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace chipgate {
namespace {

std::string Failed(const char* step, const std::string& path) {
  return fmt::format("{} while {} {}", std::strerror(errno), step, path);
}

// A new file beside `path` that did not exist before (O_EXCL), or -1. The name starts with a dot
// and says what it is, so one left behind by a power cut is recognisable.
int CreateTemporary(const std::string& path, mode_t permissions, std::string& temporary) {
  for (int attempt = 0; attempt < 100; ++attempt) {
    const std::filesystem::path target(path);
    const std::string name = fmt::format(".{}.chipgate-tmp-{}-{}", target.filename().string(), ::getpid(), attempt);
    temporary = (target.parent_path() / name).string();
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, permissions);
    if (fd >= 0 || errno != EEXIST) return fd;
  }
  return -1;
}

bool WriteAll(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

// The rename is durable only once the folder's entry is on disk.
void SyncFolder(const std::string& path) {
  std::string folder = std::filesystem::path(path).parent_path().string();
  if (folder.empty()) folder = ".";
  const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);  // best effort: some file systems refuse to sync a folder, and the data is safe
  ::close(fd);
}

}  // namespace

std::optional<std::string> WriteFileAtomically(const std::string& path, std::string_view contents, mode_t permissions) {
  std::string temporary;
  const int fd = CreateTemporary(path, permissions, temporary);
  if (fd < 0) return Failed("creating a temporary file for", path);
  std::optional<std::string> error;
  if (!WriteAll(fd, contents)) {
    error = Failed("writing", path);
  } else if (::fsync(fd) != 0) {
    error = Failed("syncing", path);
  }
  if (::close(fd) != 0 && !error) error = Failed("closing", path);
  if (!error && ::rename(temporary.c_str(), path.c_str()) != 0) error = Failed("replacing", path);
  if (error) {
    ::unlink(temporary.c_str());
    return error;
  }
  SyncFolder(path);
  return std::nullopt;
}

}  // namespace chipgate
