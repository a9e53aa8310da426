// See router.hpp.
#include "router.hpp"

#include <algorithm>
#include <utility>

namespace chipgate::server {

void Router::Get(const std::string& pattern, httplib::Server::Handler handler) {
  routes_.push_back({"GET", std::regex(pattern)});
  server_.Get(pattern, std::move(handler));
}

void Router::Post(const std::string& pattern, httplib::Server::HandlerWithContentReader handler) {
  routes_.push_back({"POST", std::regex(pattern)});
  server_.Post(pattern, std::move(handler));
}

std::vector<std::string> Router::AllowedOn(const std::string& path) const {
  std::vector<std::string> methods;
  for (const Route& route : routes_) {
    if (!std::regex_match(path, route.pattern)) continue;
    if (std::find(methods.begin(), methods.end(), route.method) != methods.end()) continue;
    methods.push_back(route.method);
    if (route.method == "GET") methods.emplace_back("HEAD");  // httplib answers HEAD with the GET route
  }
  return methods;
}

}  // namespace chipgate::server
