#include "engine/end_user_choice.hpp"

#include <fmt/format.h>

#include "engine/request_errors.hpp"

namespace chipgate {

Result<render::EndUserChoice> ResolveEndUserChoice(const std::string& text) {
  render::EndUserChoice choice;
  if (text.empty() || text == "local") return Succeed(choice);
  if (text == "unknown") {
    choice.mode = EndUserAssumption::kUnknown;
    return Succeed(choice);
  }
  const auto code = CountryCode::Parse(text);
  if (!code) {
    return FailWith<render::EndUserChoice>(FieldDiagnostic("Q0203", "end_user_hq", fmt::format("`{}` is not a country code, `local` or `unknown`", text),
                                                           "`local` (the default) assumes an end user headquartered in the destination"));
  }
  choice.mode = EndUserAssumption::kFixed;
  choice.fixed = code;
  return Succeed(choice);
}

}  // namespace chipgate
