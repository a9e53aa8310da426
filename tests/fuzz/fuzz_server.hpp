// Fuzz body for the HTTP API's JSON body reader (server/json_request.hpp), shared by the
// libFuzzer target and the replay test: arbitrary bytes as a request body, read as every
// request kind the API has, and every error rendered. It must never crash, hang or recurse
// without bound, and an accepted body must carry the fields it named.
#pragma once

#include <cstddef>
#include <cstdint>

namespace chipgate::fuzz {

void FuzzServerJson(const std::uint8_t* data, std::size_t size);

}  // namespace chipgate::fuzz
