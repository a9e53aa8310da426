// Where the CLI finds the rules: the bundled folder (CHIPGATE_HOME/rules when that variable is
// set, else the one chosen at build time), or the paths given with `--rules`.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "check/model.hpp"
#include "cli/core/command.hpp"

namespace chipgate::cli {

std::string BundledRulesDir();

// Loads `paths` (the bundled rules when empty). Diagnostics go to io.err; nothing on errors.
std::optional<Model> LoadRulesForCli(const std::vector<std::string>& paths, SourceSet& sources, Io& io);

}  // namespace chipgate::cli
