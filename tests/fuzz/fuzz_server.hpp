// Fuzz bodies for the HTTP server's readers of outside input, shared by the libFuzzer targets
// and the replay tests.
//
// FuzzServerJson: the JSON body reader (server/json_request.hpp): arbitrary bytes as a request
// body, read as every request kind the API has, and every error rendered. It must never crash,
// hang or recurse without bound, and an accepted body must carry the fields it named.
//
// FuzzServerFrame: the event loop's request framing (server/request_frame.hpp): arbitrary bytes
// as what a connection received. A frame said to be complete must hold every byte httplib
// 0.11.4 reads for that request (httplib is run on exactly those bytes and must never ask for
// more), must stay the same frame whatever follows it (a request completed across several
// reads), and an over-limit request's 413 must be answered from its head alone.
#pragma once

#include <cstddef>
#include <cstdint>

namespace chipgate::fuzz {

void FuzzServerJson(const std::uint8_t* data, std::size_t size);
void FuzzServerFrame(const std::uint8_t* data, std::size_t size);

}  // namespace chipgate::fuzz
