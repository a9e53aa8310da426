// A product plus the diagnostics produced while making it. Library stages return this instead
// of throwing for a user's mistake: the product is present only when there were no errors.
#pragma once

#include <optional>
#include <utility>
#include <vector>

#include "chipgate/diagnostic.hpp"

namespace chipgate {

template <class T>
struct Result {
  std::optional<T> value;
  std::vector<Diagnostic> diagnostics;

  bool ok() const { return value.has_value(); }
  const T& operator*() const { return *value; }
  const T* operator->() const { return &*value; }
};

}  // namespace chipgate
