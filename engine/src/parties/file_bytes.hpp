// Reading a list file with its size checked first, so a huge or endless file (a FIFO, /dev/zero)
// is refused before any byte is read.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace chipgate::parties {

struct FileBytes {
  std::optional<std::string> bytes;
  std::string problem;  // set when bytes is absent: "cannot read", "is 300 MiB, over the limit"
  bool too_large = false;
};

FileBytes ReadBoundedFile(const std::string& path, std::uintmax_t max_bytes);

}  // namespace chipgate::parties
