// Which complete requests an event loop answers on its own thread and which it hands to the
// worker pool (event_loop.hpp). A loop serves many connections, so a request that takes more
// than a fraction of a millisecond there delays every other connection of that loop: the
// answers that are a lookup or one decision (a check, a classification, the health, one catalog
// item, the rules index, the OpenAPI document, the check page and its form) run on the loop;
// everything else, orders (up to 1000 decisions), audits, reports, the screen matrix, party
// searches, the catalog list and any path not listed (a scanner's 404s included), runs on a
// worker. So does any request with a large body, whatever its path: reading it into httplib's
// request costs time in proportion to its size.
#pragma once

#include <cstddef>
#include <string_view>

namespace chipgate::server {

inline constexpr std::size_t kLoopRequestMax = 64 * 1024;

bool AnswersOnLoop(std::string_view method, std::string_view path, std::size_t request_bytes);

}  // namespace chipgate::server
