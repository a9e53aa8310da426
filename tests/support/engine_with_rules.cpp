#include "support/engine_with_rules.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "support/bundled.hpp"

namespace chipgate::testing {

std::unique_ptr<Engine> EngineWithRules(TempDir& dir, const std::string& file_name, const std::string& rules) {
  std::ofstream(dir.File(file_name)) << rules;
  EngineOptions o;
  o.data_dir = SourcePath("");
  o.rules = {dir.File(file_name)};
  auto loaded = Engine::Load(o);
  if (!loaded.ok()) {
    ADD_FAILURE() << RenderText(loaded.diagnostics);
    return nullptr;
  }
  return std::make_unique<Engine>(std::move(*loaded.value));
}

}  // namespace chipgate::testing
