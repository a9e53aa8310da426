// `chipgate parties search` output: a text table with one explanation paragraph per hit, or
// JSON (an object with `query`, `matches` and `lists`), best match first.
#pragma once

#include <string>
#include <vector>

#include "chipgate/parties.hpp"

namespace chipgate::render {

std::string PartyHitsText(const parties::Query& query, const std::vector<parties::Hit>& hits,
                          const parties::PartyIndex& index);
std::string PartyHitsJson(const parties::Query& query, const std::vector<parties::Hit>& hits,
                          const parties::PartyIndex& index);

}  // namespace chipgate::render
