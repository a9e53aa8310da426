// Opening and reading input files named by the user (rule files, catalog files, mapping files,
// shipment logs). Only regular files are read: a device (/dev/zero), a FIFO or /dev/stdin would
// hang or never end, and a folder would read as empty. The open never blocks (O_NONBLOCK), so a
// FIFO is refused at once rather than waiting for a writer, and a whole-file read checks the
// size against its limit before it reads a byte.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace chipgate {

// A read-only descriptor of the regular file at `path` (symlinks followed), or -1 with `error`
// set ("not a regular file (a folder, a device or a pipe)", or the system's reason). The caller
// closes it.
int OpenRegularFile(const std::string& path, std::string& error);

// The whole content of the regular file at `path` when it is at most `max_bytes` long; else
// nothing, with `error` saying why (never quoting the content).
std::optional<std::string> ReadRegularFile(const std::string& path, std::size_t max_bytes, std::string& error);

}  // namespace chipgate
