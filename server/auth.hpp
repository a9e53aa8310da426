// Who may call the server: the loopback test for the listen address, and the bearer token,
// compared in constant time so response timing does not reveal how much of a guess was right.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace chipgate::server {

// True when `authorization` is "Bearer <token>" with exactly `token`.
bool TokenMatches(std::string_view authorization, std::string_view token);

// The token in `path` (its first line, surrounding white space dropped), or an error message.
// A token shorter than 16 characters is refused: it could be guessed.
std::optional<std::string> ReadTokenFile(const std::string& path, std::string& error);

}  // namespace chipgate::server
