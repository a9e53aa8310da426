// The end-user assumption of the vendor commands (see end_user.hpp).
#include "end_user.hpp"

#include <fmt/format.h>

#include "decision_text.hpp"
#include "session.hpp"

namespace chipgate::cli {

std::optional<CountryCode> EndUserChoice::For(CountryCode destination) const {
  switch (mode) {
    case EndUserAssumption::kLocal: return destination;
    case EndUserAssumption::kFixed: return fixed;
    case EndUserAssumption::kUnknown: break;
  }
  return std::nullopt;
}

std::string EndUserChoice::Describe() const {
  switch (mode) {
    case EndUserAssumption::kLocal: return "headquartered in the destination (assumed; --end-user-hq CC|unknown to change)";
    case EndUserAssumption::kFixed: return fmt::format("headquartered in {} for every destination", CountryText(*fixed));
    case EndUserAssumption::kUnknown: return "unknown (rules that depend on it are indeterminate)";
  }
  return "";
}

std::string EndUserChoice::Key() const {
  switch (mode) {
    case EndUserAssumption::kLocal: return "local";
    case EndUserAssumption::kFixed: return fixed->ToString();
    case EndUserAssumption::kUnknown: break;
  }
  return "unknown";
}

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
