// What the server tests share: an httplib client for a started server, JSON helpers, and the
// OpenAPI document the responses are checked against.
#pragma once

#include <httplib.h>

#include <memory>
#include <string>

#include <nlohmann/json.hpp>

namespace chipgate::testing {

inline std::unique_ptr<httplib::Client> ClientFor(int port) {
  auto c = std::make_unique<httplib::Client>("127.0.0.1", port);
  c->set_read_timeout(60, 0);
  c->set_write_timeout(60, 0);
  return c;
}

inline nlohmann::json ParsedBody(const httplib::Result& r) { return nlohmann::json::parse(r->body, nullptr, false); }

}  // namespace chipgate::testing
