// Request bodies of the JSON API read into the engine's request structs (chipgate/engine.hpp,
// requests.hpp). Strict, so a client's mistake cannot pass silently: a key the request does not
// have is an error naming it (a misspelt `end_user` must not skip party screening), every value
// must have its documented JSON type, and nesting is bounded so hostile input cannot exhaust the
// stack. Values are checked by the engine afterwards (unknown item, bad country...).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "api_error.hpp"
#include "chipgate/engine.hpp"

namespace chipgate::server {

template <class T>
struct Read {
  std::optional<T> value;
  ApiError error;  // set when there is no value
};

inline constexpr int kMaxJsonDepth = 16;  // the deepest request (an order's end_use) needs 4

// One JSON object, or S0101 (malformed or not an object) / S0105 (nested too deep).
Read<nlohmann::json> ParseObject(std::string_view body);

// POST /v1/check, and each line of POST /v1/orders (`prefix` "lines[3]." names its fields).
Read<Question> ReadQuestion(const nlohmann::json& object, const std::string& prefix = {});

struct ClassifyRequest {
  std::string item;
  std::string date;  // empty: today
};
Read<ClassifyRequest> ReadClassify(const nlohmann::json& object);
Read<ScreenRequest> ReadScreen(const nlohmann::json& object);
Read<PartyQuestion> ReadPartyQuestion(const nlohmann::json& object);
// {"lines": [question, ...]}: at most `max_lines` (S0106), at least one.
Read<std::vector<Question>> ReadOrder(const nlohmann::json& object, std::size_t max_lines);

}  // namespace chipgate::server
