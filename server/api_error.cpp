// See api_error.hpp.
#include "api_error.hpp"

#include <nlohmann/json.hpp>

namespace chipgate::server {

ApiError MakeError(int status, const char* code, std::string message, std::string field) {
  return ApiError{status, code, std::move(message), std::move(field)};
}

namespace {

// By code, so rewording a message never changes a status (docs/server.md).
int StatusOf(const Diagnostic& d) {
  if (d.code == "Q0101" || d.code == "Q0201" || d.code == "Q0202") return 422;
  if (d.code == "Q0205" && d.field == "db") return 500;
  if (d.code == "Q0206") return 504;  // an audit run over the request time limit
  return 400;
}

}  // namespace

ApiError FromDiagnostics(const std::vector<Diagnostic>& diagnostics, const std::string& field_prefix) {
  for (const auto& d : diagnostics) {
    if (d.severity != Severity::kError) continue;
    std::string message = d.message;
    if (!d.help.empty()) message += "; " + d.help;
    const std::string field = d.field.empty() ? std::string() : field_prefix + d.field;
    return ApiError{StatusOf(d), d.code, std::move(message), field};
  }
  return MakeError(500, kInternal, "the engine failed without saying why");
}

std::string ErrorJson(const ApiError& error) {
  nlohmann::json j = {{"code", error.code}, {"message", error.message}};
  j["field"] = error.field.empty() ? nlohmann::json(nullptr) : nlohmann::json(error.field);
  // Messages quote the client's own text: replace, never throw on, bytes that are not UTF-8.
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace chipgate::server
