// The errors the HTTP API answers with: a status, a stable code, a message for a person and the
// request field at fault, always as the JSON object {code, message, field} (docs/server.md lists
// the codes). Engine diagnostics map onto them by code, never by their text.
#pragma once

#include <string>
#include <vector>

#include "chipgate/diagnostic.hpp"

namespace chipgate::server {

struct ApiError {
  int status = 400;
  std::string code;     // "S0101" for the server's own, the engine's "Q0101" for a question's
  std::string message;  // lower-case, no trailing period
  std::string field;    // the JSON key (or "lines[2].item"); empty when no one field is at fault

  bool ok() const { return code.empty(); }
};

// The server's own codes.
inline constexpr const char* kMalformedJson = "S0101";   // not JSON, or not an object
inline constexpr const char* kUnknownKey = "S0102";      // a key the request does not have
inline constexpr const char* kWrongType = "S0103";       // a value of the wrong JSON type
inline constexpr const char* kMissingField = "S0104";    // a required field absent or empty
inline constexpr const char* kTooDeep = "S0105";         // nesting beyond the limit
inline constexpr const char* kTooMany = "S0106";         // more order lines than the limit
inline constexpr const char* kUnauthorized = "S0401";    // no or wrong bearer token
inline constexpr const char* kNotFound = "S0404";
inline constexpr const char* kMethodNotAllowed = "S0405";
inline constexpr const char* kTooLarge = "S0413";
inline constexpr const char* kHeadersTooLarge = "S0431";  // request line and headers over the limit
inline constexpr const char* kBadRequest = "S0400";      // rejected by the HTTP layer
inline constexpr const char* kInternal = "S0500";
inline constexpr const char* kBusy = "S0503";          // over the connection cap
inline constexpr const char* kTimedOut = "S0504";      // the answer took longer than the request time limit

ApiError MakeError(int status, const char* code, std::string message, std::string field = {});

// The first error of an engine result: 422 when the question is well-formed but names what the
// engine does not know (an item, a vendor, a country group), 500 when the server's own storage
// failed, 504 when an audit run passed the request's time limit, else 400.
ApiError FromDiagnostics(const std::vector<Diagnostic>& diagnostics, const std::string& field_prefix = {});

// {"code": ..., "message": ..., "field": ...}: field is null when empty.
std::string ErrorJson(const ApiError& error);

}  // namespace chipgate::server
