// Which encoded list a CSL `source` text names.
#pragma once

#include <optional>
#include <string_view>

#include "chipgate/parties.hpp"

namespace chipgate::parties {

// Nothing for a list chipgate does not encode (the caller keeps it as kOther with its text).
std::optional<SourceList> SourceListFromText(std::string_view text);

}  // namespace chipgate::parties
