// Where the CLI finds the party lists: the bundled sample (CHIPGATE_HOME/lists when that
// variable is set, else the one chosen at build time), or the files given with `--parties`
// (repeatable). Shared by every command that screens parties.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "chipgate/parties.hpp"
#include "cli/core/command.hpp"

namespace chipgate::cli {

std::string BundledListsDir();

// Loads `paths` (the bundled lists when empty); `list_date` overrides the files' own dates.
// Diagnostics go to io.err; nothing on errors.
std::optional<parties::PartyList> LoadPartiesForCli(const std::vector<std::string>& paths,
                                                    std::optional<Date> list_date, SourceSet& sources, Io& io);

}  // namespace chipgate::cli
