// The Engine (see chipgate/engine.hpp): loading, the three questions, and rendering their
// answers through the render layer.
#include "chipgate/engine.hpp"

#include "engine/state.hpp"
#include "render/decision_json.hpp"
#include "render/decision_text.hpp"

namespace chipgate {
namespace {

template <class T, class U>
Result<T> Forward(Result<U>& failed) {
  Result<T> out;
  out.diagnostics = std::move(failed.diagnostics);
  return out;
}

}  // namespace

Result<Engine> Engine::Load(const EngineOptions& options) {
  Result<std::shared_ptr<State>> state = LoadState(options);
  if (!state.ok()) return Forward<Engine>(state);
  Result<Engine> out;
  out.value = Engine(std::move(*state.value));
  return out;
}

Result<Decision> Engine::Decide(const Question& question) const {
  Result<Query> q = ResolveQuestion(*state_, question);
  if (!q.ok()) return Forward<Decision>(q);
  Result<Decision> out;
  out.value = FastDecisionOf(*state_, *q.value);
  return out;
}

Result<Decision> Engine::Explain(const Question& question) const {
  Result<Query> q = ResolveQuestion(*state_, question);
  if (!q.ok()) return Forward<Decision>(q);
  Result<Decision> out;
  out.value = chipgate::Explain(state_->model, state_->catalog, state_->params, *q.value);
  return out;
}

Result<Decision> Engine::Classify(const std::string& item, const std::string& date) const {
  Result<std::size_t> index = ResolveItem(*state_, item);
  if (!index.ok()) return Forward<Decision>(index);
  Result<Date> day = ResolveDate(*state_, date);
  if (!day.ok()) return Forward<Decision>(day);
  Result<Decision> out;
  out.value = ClassifyItem(state_->model, state_->catalog, state_->params, *index.value, *day.value);
  return out;
}

std::string Engine::RenderDecision(const Decision& decision, Format format, bool explanation) const {
  if (format != Format::kJson) return render::DecisionMemo(decision, *state_, explanation);
  JsonWriter w;
  render::WriteDecisionJson(w, decision, *state_, explanation);
  return w.str() + "\n";
}

std::string Engine::RenderClassification(const Decision& decision, Format format, bool explanation) const {
  if (format != Format::kJson) return render::ClassificationText(decision, *state_, explanation);
  JsonWriter w;
  render::WriteClassificationJson(w, decision, *state_, explanation);
  return w.str() + "\n";
}

const Provenance& Engine::provenance() const { return state_->provenance; }

std::vector<std::string> Engine::ItemIds() const {
  std::vector<std::string> ids;
  for (const auto& item : state_->catalog.items()) ids.push_back(item.id);
  return ids;
}

}  // namespace chipgate
