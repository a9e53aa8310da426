// A small OpenAPI 3 schema check for the server tests: $ref, type (with nullable), required
// keys, properties, items, enum and additionalProperties: false. Enough to hold every real
// response to the keys and types the document promises.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace chipgate::testing {

// The problems of `value` against `schema` (resolving $ref in `document`), each with its path.
std::vector<std::string> SchemaProblems(const nlohmann::json& document, const nlohmann::json& schema, const nlohmann::json& value,
                                        const std::string& path = "$");

// The response schema of `method` `path` (a path template of the document) for `status`.
nlohmann::json ResponseSchema(const nlohmann::json& document, const std::string& path, const std::string& method, int status);

}  // namespace chipgate::testing
