// The `--end-user-hq` assumption shared by the vendor commands (screen, headroom, whatif, diff).
// A vendor question has no one end user, but the headquarters rule needs one, and leaving it
// unknown makes every rule that depends on it indeterminate. So the default is an end user
// headquartered in the destination itself ("local"), said in every output header, and the flag
// takes `local`, `unknown` or a country code.
#pragma once

#include <optional>
#include <string>

#include "cli/core/args.hpp"
#include "chipgate/country.hpp"
#include "analysis/screen.hpp"
#include "render/end_user.hpp"
#include "cli/core/command.hpp"

namespace chipgate::cli {

using render::EndUserChoice;


// Reads `--end-user-hq`; prints a message and returns nothing on a bad value.
std::optional<EndUserChoice> EndUserArg(const Args& args, Io& io);

}  // namespace chipgate::cli
