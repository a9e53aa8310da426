// The `end_user_hq` field of the vendor requests (screen, headroom): "local" (or empty),
// "unknown" or a country code, checked into the assumption the analyses take.
#pragma once

#include <string>

#include "chipgate/result.hpp"
#include "render/end_user.hpp"

namespace chipgate {

// Q0203 (field `end_user_hq`) for anything else.
Result<render::EndUserChoice> ResolveEndUserChoice(const std::string& text);

}  // namespace chipgate
