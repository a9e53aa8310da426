// Writing an output file (a report, an exported result) so that it is either the old file or
// the whole new one, never a cut or empty one: the bytes go to a temporary file in the same
// folder, which is flushed to disk (fsync) and renamed over the target; the folder is then
// synced so the rename itself survives a crash. On any failure the temporary file is removed
// and the old file, if there was one, is left exactly as it was. Every command that writes a
// file by name goes through this.
#pragma once

#include <sys/types.h>

#include <optional>
#include <string>
#include <string_view>

namespace chipgate {

// Replaces (or creates) `path` with `contents`. Nothing on success, else what failed, in words
// ("No space left on device while writing ..."). `permissions` are the new file's (less the
// umask): 0600 for a file only its owner should read.
std::optional<std::string> WriteFileAtomically(const std::string& path, std::string_view contents, mode_t permissions = 0666);

}  // namespace chipgate
