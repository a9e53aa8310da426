// See auth.hpp and options.hpp (IsLoopback).
#include "auth.hpp"

#include <arpa/inet.h>

#include <fstream>

#include "options.hpp"

namespace chipgate::server {

bool TokenMatches(std::string_view authorization, std::string_view token) {
  constexpr std::string_view kScheme = "Bearer ";
  if (authorization.substr(0, kScheme.size()) != kScheme) return false;
  const std::string_view given = authorization.substr(kScheme.size());
  // Every byte of the token is compared whatever the given text's length, and the lengths are
  // folded into the same difference: no early exit.
  unsigned diff = given.size() == token.size() ? 0U : 1U;
  for (std::size_t i = 0; i < token.size(); ++i) {
    const unsigned char g = i < given.size() ? static_cast<unsigned char>(given[i]) : 0;
    diff |= static_cast<unsigned>(g ^ static_cast<unsigned char>(token[i]));
  }
  return diff == 0;
}

std::optional<std::string> ReadTokenFile(const std::string& path, std::string& error) {
  std::ifstream file(path);
  std::string line;
  if (!file || !std::getline(file, line)) {
    error = "cannot read the token file " + path;
    return std::nullopt;
  }
  const auto first = line.find_first_not_of(" \t\r");
  const auto last = line.find_last_not_of(" \t\r");
  line = first == std::string::npos ? std::string() : line.substr(first, last - first + 1);
  if (line.size() < 16) {
    error = "the token in " + path + " is shorter than 16 characters";
    return std::nullopt;
  }
  return line;
}

bool IsLoopback(const std::string& host) {
  if (host == "localhost" || host == "::1") return true;
  in_addr v4{};
  if (inet_pton(AF_INET, host.c_str(), &v4) == 1) return (ntohl(v4.s_addr) >> 24) == 127;
  return false;
}

}  // namespace chipgate::server
