// See dispatch.hpp.
#include "dispatch.hpp"

#include <array>

namespace chipgate::server {

bool AnswersOnLoop(std::string_view method, std::string_view path, std::size_t request_bytes) {
  if (request_bytes > kLoopRequestMax) return false;
  if (method == "POST") return path == "/v1/check" || path == "/v1/classify";
  if (method != "GET" && method != "HEAD") return false;
  static constexpr std::array<std::string_view, 7> kQuick = {"/healthz", "/v1/rules", "/v1/openapi.json", "/", "/check", "/audit", "/favicon.ico"};
  for (const std::string_view quick : kQuick) {
    if (path == quick) return true;
  }
  // One catalog item, /v1/catalog/{id}; the list, /v1/catalog, is the worker's.
  constexpr std::string_view kItem = "/v1/catalog/";
  return path.size() > kItem.size() && path.substr(0, kItem.size()) == kItem && path.find('/', kItem.size()) == std::string_view::npos;
}

}  // namespace chipgate::server
