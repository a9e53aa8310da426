// The bundled rules and catalog, loaded and compiled once per benchmark run (loading is not what
// the decision benchmarks measure).
#pragma once

#include <memory>

#include "eval/evaluate.hpp"
#include "compile/program.hpp"
#include "check/rules.hpp"

namespace chipgate::bench {

struct Bundled {
  SourceSet sources;
  Model model;
  Catalog catalog;
  ParamValues params;
  Program program;
  BoundCatalog bound;
};

inline const Bundled& GetBundled() {
  static const std::unique_ptr<Bundled> kBundled = [] {
    auto x = std::make_unique<Bundled>();
    x->model = std::move(*LoadRules({CHIPGATE_SOURCE_DIR "/rules"}, x->sources).value);
    x->catalog = std::move(*LoadCatalog({CHIPGATE_SOURCE_DIR "/catalog"}, x->sources).value);
    x->params = ParamValues::Defaults(x->model);
    x->program = Compile(x->model, x->params);
    x->bound = Bind(x->program, x->catalog);
    return x;
  }();
  return *kBundled;
}

}  // namespace chipgate::bench
