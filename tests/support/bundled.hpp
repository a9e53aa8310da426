// The bundled rules and catalog, loaded once per test binary (loading is the slow part; every
// test reads them, none changes them).
#pragma once

#include <memory>
#include <string>

#include "catalog/catalog.hpp"
#include "chipgate/engine.hpp"
#include "check/model.hpp"
#include "eval/params.hpp"

namespace chipgate::testing {

struct Bundled {
  SourceSet sources;
  Model model;
  Catalog catalog;
  ParamValues params;
};

// Fails the calling test (and returns the partial result) if loading reported errors.
const Bundled& LoadBundled();
std::string SourcePath(const std::string& relative);
// The same rules and catalog as an Engine (the public API), loaded once; fails the calling test
// if loading reported errors.
const Engine& BundledEngine();
// An Engine over them with other options (data_dir is set here); aborts if loading fails.
std::unique_ptr<Engine> LoadBundledEngine(EngineOptions options);

}  // namespace chipgate::testing
