// Reading and writing files in the snapshot cache folder. The folder is the user's own (made
// 0700, files 0600); a file that another user owns or others may write is not read, since a
// snapshot decides what the rules say.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace chipgate::snapshot {

// The whole file, when it is a regular file owned by this user, writable by no one else, and
// of a plausible size; else nothing.
std::optional<std::string> ReadCacheFile(const std::string& path);

// Writes `bytes` to `folder`/`name` (mode 0600) atomically (a temporary file in the same folder,
// renamed over the old one), creating the folder (0700) if needed. False on any failure, which
// leaves no temporary file behind.
bool WriteCacheFile(const std::string& folder, const std::string& name, std::string_view bytes);

}  // namespace chipgate::snapshot
