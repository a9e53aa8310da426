// Diagnostics for the engine's requests (requests.hpp): each names the field at fault, so the
// CLI can name its flag and the server its JSON key, and carries a stable code.
#pragma once

#include <string>
#include <utility>

#include "chipgate/diagnostic.hpp"
#include "chipgate/result.hpp"

namespace chipgate {

inline Diagnostic FieldDiagnostic(const char* code, std::string field, std::string message, std::string help = {}) {
  Diagnostic d = Error(code, std::move(message));
  d.field = std::move(field);
  d.help = std::move(help);
  return d;
}

// A failed Result<T> carrying another result's diagnostics.
template <class T, class U>
Result<T> ForwardFailure(Result<U>& failed) {
  Result<T> out;
  out.diagnostics = std::move(failed.diagnostics);
  return out;
}

template <class T>
Result<T> FailWith(Diagnostic d) {
  Result<T> out;
  out.diagnostics.push_back(std::move(d));
  return out;
}

template <class T>
Result<T> Succeed(T value) {
  Result<T> out;
  out.value = std::move(value);
  return out;
}

}  // namespace chipgate
