// Loading a rule tree: read the files (folders are searched for *.rules), follow includes, parse,
// and check. The one call the CLI makes to get a Model.
#pragma once

#include <string>
#include <vector>

#include "check/model.hpp"
#include "check/rule_files.hpp"
#include "chipgate/result.hpp"
#include "chipgate/source.hpp"

namespace chipgate {

// Paths are files or folders. Each file is read once, however often it is included. Every file
// read is added to `sources` (diagnostics point into them). The model's `rules_hash` is the
// SHA-256 over the files' contents, independent of where the tree lives on disk.
Result<Model> LoadRules(const std::vector<std::string>& paths, SourceSet& sources);
// The same, recording in `walk` (when not null) each root's boundary and every file read, in
// order: what a snapshot needs to re-walk the tree without parsing it.
Result<Model> LoadRules(const std::vector<std::string>& paths, SourceSet& sources, RuleTreeWalk* walk);

}  // namespace chipgate
