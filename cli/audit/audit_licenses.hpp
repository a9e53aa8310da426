// The license register in `chipgate audit`, `chipgate check --claim` and `chipgate licenses`:
// loading the `--licenses` files against the session's catalog and rules.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "licenses/licenses.hpp"
#include "cli/core/command.hpp"
#include "cli/core/session.hpp"

namespace chipgate::cli {

// Prints diagnostics (warnings too); nothing on any error.
std::optional<licenses::Register> LoadLicenseFiles(const std::vector<std::string>& paths, const EngineState& session, Io& io);

}  // namespace chipgate::cli
