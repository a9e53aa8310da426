// See openapi_check.hpp.
#include "server/openapi_check.hpp"

namespace chipgate::testing {
namespace {

using nlohmann::json;

const json& Resolve(const json& document, const json& schema) {
  if (!schema.contains("$ref")) return schema;
  std::string ref = schema["$ref"].get<std::string>().substr(1);  // "#/components/..." -> "/components/..."
  return Resolve(document, document.at(json::json_pointer(ref)));
}

bool TypeMatches(const std::string& type, const json& v) {
  if (type == "object") return v.is_object();
  if (type == "array") return v.is_array();
  if (type == "string") return v.is_string();
  if (type == "integer") return v.is_number_integer();
  if (type == "number") return v.is_number();
  if (type == "boolean") return v.is_boolean();
  return false;
}

}  // namespace

std::vector<std::string> SchemaProblems(const json& document, const json& schema_or_ref, const json& value, const std::string& path) {
  const json& schema = Resolve(document, schema_or_ref);
  std::vector<std::string> out;
  if (value.is_null()) {
    if (!schema.value("nullable", false) && schema.contains("type")) out.push_back(path + ": null where the schema does not allow it");
    return out;
  }
  if (schema.contains("type") && !TypeMatches(schema["type"], value)) {
    out.push_back(path + ": expected " + schema["type"].get<std::string>() + ", got " + value.type_name());
    return out;
  }
  if (schema.contains("enum") && std::find(schema["enum"].begin(), schema["enum"].end(), value) == schema["enum"].end()) {
    out.push_back(path + ": " + value.dump() + " is not one of " + schema["enum"].dump());
  }
  for (const auto& key : schema.value("required", json::array())) {
    if (!value.contains(key.get<std::string>())) out.push_back(path + ": missing required key " + key.get<std::string>());
  }
  if (value.is_object() && schema.contains("properties")) {
    for (auto it = value.begin(); it != value.end(); ++it) {
      if (schema["properties"].contains(it.key())) {
        auto more = SchemaProblems(document, schema["properties"][it.key()], it.value(), path + "." + it.key());
        out.insert(out.end(), more.begin(), more.end());
      } else if (schema.contains("additionalProperties") && schema["additionalProperties"] == false) {
        out.push_back(path + ": key " + it.key() + " is not in the schema");
      }
    }
  }
  if (value.is_array() && schema.contains("items")) {
    for (std::size_t i = 0; i < value.size(); ++i) {
      auto more = SchemaProblems(document, schema["items"], value[i], path + "[" + std::to_string(i) + "]");
      out.insert(out.end(), more.begin(), more.end());
    }
  }
  return out;
}

json ResponseSchema(const json& document, const std::string& path, const std::string& method, int status) {
  const json& response = Resolve(document, document.at("paths").at(path).at(method).at("responses").at(std::to_string(status)));
  return response.at("content").at("application/json").at("schema");
}

}  // namespace chipgate::testing
