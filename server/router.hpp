// The server's routes, added to httplib and remembered, so that a path the server has routes for
// can be told apart from one it has none for. httplib answers 404 both to `GET /v1/nope` and to
// `PUT /v1/check`; the second is a 405 with an `Allow` header (RFC 9110, 15.5.6), and an
// OPTIONS request for a path the server serves is answered 204 with the same header.
#pragma once

#include <httplib.h>

#include <regex>
#include <string>
#include <vector>

namespace chipgate::server {

class Router {
 public:
  explicit Router(httplib::Server& server) : server_(server) {}

  void Get(const std::string& pattern, httplib::Server::Handler handler);
  void Post(const std::string& pattern, httplib::Server::HandlerWithContentReader handler);

  // The methods the routes answer on `path`, in the order they were added, HEAD after GET
  // (httplib answers HEAD with the GET route); empty when no route matches it. Patterns match
  // as httplib matches them: the whole decoded path against each route's regular expression.
  std::vector<std::string> AllowedOn(const std::string& path) const;

 private:
  struct Route {
    std::string method;
    std::regex pattern;
  };
  httplib::Server& server_;
  std::vector<Route> routes_;
};

}  // namespace chipgate::server
