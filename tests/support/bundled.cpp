#include "support/bundled.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <memory>

#include "check/rules.hpp"

namespace chipgate::testing {

std::string SourcePath(const std::string& relative) { return std::string(CHIPGATE_SOURCE_DIR) + "/" + relative; }

const Bundled& LoadBundled() {
  static const std::unique_ptr<Bundled> kBundled = [] {
    auto b = std::make_unique<Bundled>();
    Result<Model> model = LoadRules({SourcePath("rules")}, b->sources);
    EXPECT_TRUE(model.ok()) << RenderText(model.diagnostics, b->sources);
    if (model.ok()) b->model = std::move(*model.value);
    Result<Catalog> catalog = LoadCatalog({SourcePath("catalog")}, b->sources);
    EXPECT_TRUE(catalog.ok()) << RenderText(catalog.diagnostics, b->sources);
    if (catalog.ok()) b->catalog = std::move(*catalog.value);
    b->params = ParamValues::Defaults(b->model);
    return b;
  }();
  return *kBundled;
}

std::unique_ptr<Engine> LoadBundledEngine(EngineOptions options) {
  options.data_dir = SourcePath("");
  Result<Engine> loaded = Engine::Load(options);
  if (!loaded.ok()) {
    ADD_FAILURE() << RenderText(loaded.diagnostics);
    std::abort();
  }
  return std::make_unique<Engine>(std::move(*loaded.value));
}

const Engine& BundledEngine() {
  static const std::unique_ptr<Engine> kEngine = LoadBundledEngine({});
  return *kEngine;
}

}  // namespace chipgate::testing
