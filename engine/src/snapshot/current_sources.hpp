// Checking a snapshot against the disk: walk the catalog layers and rule roots with the loaders'
// own functions, read every file, and compare paths, order, where rule paths lead and each
// file's SHA-256 with what the snapshot recorded.
#pragma once

#include <optional>
#include <vector>

#include "chipgate/source.hpp"
#include "snapshot/snapshot_format.hpp"

namespace chipgate::snapshot {

// The sources as a full load would read them now, when they are exactly the stored ones; else
// nothing (any difference, or any file that cannot be listed or read).
std::optional<SourceSet> CurrentSources(const LoadKey& key, const std::vector<StoredSource>& stored, const Origin& origin);

}  // namespace chipgate::snapshot
