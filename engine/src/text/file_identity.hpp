// Whether two paths name the same file, however they are spelt: `log.csv`, `./log.csv`, a
// hard link and a symlink to it are one file. Existing files compare by device and inode; a
// path that does not exist yet compares by its absolute, normalised spelling with the existing
// part of it resolved (symlinked folders included). Used to refuse an output that would
// overwrite an input, the database or another output.
#pragma once

#include <cstdint>
#include <string>

namespace chipgate {

struct FileIdentity {
  bool exists = false;
  std::uint64_t device = 0;
  std::uint64_t inode = 0;
  std::string resolved_path;  // absolute and normalised; compared when the file does not exist

  bool operator==(const FileIdentity& other) const;
};

// The identity of `path` (symlinks followed).
FileIdentity IdentityOf(const std::string& path);
// The identity of an open descriptor (e.g. standard output redirected to a file), or nothing
// that matches any path when it is not a file.
FileIdentity IdentityOfDescriptor(int fd);

}  // namespace chipgate
