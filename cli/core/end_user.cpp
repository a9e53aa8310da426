// The end-user assumption of the vendor commands (see end_user.hpp).
#include "cli/core/end_user.hpp"

#include <fmt/format.h>

#include "cli/core/session.hpp"

namespace chipgate::cli {

std::optional<EndUserChoice> EndUserArg(const Args& args, Io& io) {
  EndUserChoice choice;
  const auto value = args.Get("--end-user-hq");
  if (!value || *value == "local") return choice;
  if (*value == "unknown") {
    choice.mode = EndUserAssumption::kUnknown;
    return choice;
  }
  const auto code = CountryArg("--end-user-hq", *value, io);
  if (!code) {
    fmt::print(io.err, "help: `--end-user-hq` also takes `local` (the default: headquartered in the destination) or `unknown`\n");
    return std::nullopt;
  }
  choice.mode = EndUserAssumption::kFixed;
  choice.fixed = code;
  return choice;
}

}  // namespace chipgate::cli
