// File identities (see file_identity.hpp).
#include "text/file_identity.hpp"

#include <sys/stat.h>

#include <filesystem>

namespace chipgate {

bool FileIdentity::operator==(const FileIdentity& other) const {
  if (exists != other.exists) return false;
  if (exists) return device == other.device && inode == other.inode;
  return !resolved_path.empty() && resolved_path == other.resolved_path;
}

FileIdentity IdentityOf(const std::string& path) {
  FileIdentity id;
  std::error_code ec;
  const std::filesystem::path absolute = std::filesystem::absolute(path, ec);
  const std::filesystem::path resolved = std::filesystem::weakly_canonical(absolute, ec);
  id.resolved_path = (ec ? absolute.lexically_normal() : resolved).string();
  struct stat info {};
  if (::stat(path.c_str(), &info) == 0) {
    id.exists = true;
    id.device = static_cast<std::uint64_t>(info.st_dev);
    id.inode = static_cast<std::uint64_t>(info.st_ino);
  }
  return id;
}

FileIdentity IdentityOfDescriptor(int fd) {
  FileIdentity id;
  struct stat info {};
  if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode)) {
    id.exists = true;
    id.device = static_cast<std::uint64_t>(info.st_dev);
    id.inode = static_cast<std::uint64_t>(info.st_ino);
  }
  return id;
}

}  // namespace chipgate
