// Engine::WithParams (see chipgate/engine.hpp): a new state holding a copy of the loaded rules,
// catalog and sources with other params. Copying rather than re-reading keeps the rule and
// catalog hashes, so every answer of the new engine is reproducible from the same files.
#include "engine/state.hpp"

namespace chipgate {

Result<Engine> Engine::WithParams(const std::vector<std::string>& params) const {
  Result<Engine> out;
  Result<ParamValues> values = ParseParams(state_->model, params);
  if (!values.ok()) {
    out.diagnostics = std::move(values.diagnostics);
    Locate(out.diagnostics, state_->sources);
    return out;
  }
  // Every loaded member of State is copied here; the caches and the compiled program are not
  // (they depend on the params and are rebuilt on first use).
  auto s = std::make_shared<State>();
  s->sources = state_->sources;
  s->model = state_->model;
  s->catalog = state_->catalog;
  s->catalog_hash = state_->catalog_hash;
  s->bundled_catalog_dir = state_->bundled_catalog_dir;
  s->params = std::move(*values.value);
  s->param_assignments = params;
  s->provenance = state_->provenance;
  s->provenance.params = ParamTexts(s->model, s->params);
  s->parties = state_->parties;
  out.value = Engine(std::move(s));
  return out;
}

}  // namespace chipgate
