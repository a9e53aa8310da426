// Cache files (see cache_file.hpp): POSIX calls, since the checks are on the open descriptor
// (owner, mode, size); writing is the program's one atomic replacement (text/output_file).
#include "snapshot/cache_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>

#include "text/output_file.hpp"

namespace chipgate::snapshot {
namespace {

// The bundled rules and catalog make a snapshot of about a megabyte; far more is not ours.
constexpr off_t kMaxSnapshotBytes = off_t{256} << 20;

class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

// Each missing folder on the way is made 0700: the cache holds what the user's rules say.
bool MakeFolder(const std::filesystem::path& folder) {
  std::error_code ec;
  if (std::filesystem::is_directory(folder, ec)) return true;
  if (folder.has_parent_path() && folder.parent_path() != folder && !MakeFolder(folder.parent_path())) return false;
  return ::mkdir(folder.c_str(), 0700) == 0 || errno == EEXIST;
}

}  // namespace

std::optional<std::string> ReadCacheFile(const std::string& path) {
  const Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK));
  struct stat st {};
  if (fd.get() < 0 || ::fstat(fd.get(), &st) != 0) return std::nullopt;
  if (!S_ISREG(st.st_mode) || st.st_uid != ::geteuid() || (st.st_mode & (S_IWGRP | S_IWOTH)) != 0 ||
      st.st_size > kMaxSnapshotBytes) {
    return std::nullopt;
  }
  std::string bytes(static_cast<std::size_t>(st.st_size), '\0');
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::read(fd.get(), bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return std::nullopt;  // shorter than its size said: being replaced, or broken
    done += static_cast<std::size_t>(n);
  }
  return bytes;
}

bool WriteCacheFile(const std::string& folder, const std::string& name, std::string_view bytes) {
  return MakeFolder(folder) && !WriteFileAtomically(folder + "/" + name, bytes, 0600);
}

}  // namespace chipgate::snapshot
