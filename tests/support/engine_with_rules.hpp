// An Engine on the bundled catalog with a test's own rule text instead of the bundled rules:
// for tests of one language feature (end-use questions, inputs, letters) in isolation.
#pragma once

#include <memory>
#include <string>

#include "chipgate/chipgate.hpp"
#include "support/temp_dir.hpp"

namespace chipgate::testing {

// Writes `rules` to `<dir>/<file_name>` and loads it; a failed load is a test failure (null).
std::unique_ptr<Engine> EngineWithRules(TempDir& dir, const std::string& file_name, const std::string& rules);

}  // namespace chipgate::testing
