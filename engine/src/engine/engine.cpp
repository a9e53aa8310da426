// The Engine (see chipgate/engine.hpp): loading, the three questions, and rendering their
// answers through the render layer.
#include "chipgate/engine.hpp"

#include "decide/parties.hpp"
#include "engine/state.hpp"
#include "render/decision_json.hpp"
#include "render/decision_text.hpp"
#include "report/decision_html.hpp"

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

namespace {

// The product rules' decision, then the parties: a question that names none says so in a
// condition; one that names some is screened on its date (decide/parties.hpp).
template <class DecideFn>
Result<Decision> Determine(const Engine::State& s, const Question& question, DecideFn decide) {
  Result<Query> q = ResolveQuestion(s, question);
  if (!q.ok()) return Forward<Decision>(q);
  Result<bool> claim = CheckClaimFields(question);
  if (!claim.ok()) return Forward<Decision>(claim);
  Result<NamedParties> parties = ResolveParties(question, q.value->destination);
  if (!parties.ok()) return Forward<Decision>(parties);
  if (parties.value->any()) {
    Result<bool> ready = s.parties->Ready();
    if (!ready.ok()) return Forward<Decision>(ready);
  }
  Result<Decision> out;
  out.value = decide(*q.value);
  Decision& d = *out.value;
  if (!parties.value->any()) d.conditions.push_back({ConditionKind::kPartiesNotScreened, {}, 0});
  if (parties.value->any()) d.party_hits = s.parties->Screen(*parties.value, q.value->date);
  decide::ApplyPartyHits(d, parties.value->any());
  JudgeClaim(s, question, d);  // after the parties: a listed party can make the claim a violation
  return out;
}

}  // namespace

Result<Decision> Engine::Decide(const Question& question) const {
  return Determine(*state_, question, [this](const Query& q) { return FastDecisionOf(*state_, q); });
}

Result<Decision> Engine::Explain(const Question& question) const {
  return Determine(*state_, question, [this](const Query& q) { return chipgate::Explain(state_->model, state_->catalog, state_->params, q); });
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

// A check's answer without the explanation is ~8 KB.
constexpr std::size_t kDecisionJsonBytes = 16 * 1024;

std::string Engine::RenderDecision(const Decision& decision, Format format, bool explanation) const {
  if (format == Format::kHtml) return report_detail::DecisionHtml(decision, state_->model);
  if (format != Format::kJson) return render::DecisionMemo(decision, *state_, explanation);
  JsonWriter w;
  w.Reserve(kDecisionJsonBytes);
  render::WriteDecisionJson(w, decision, *state_, explanation);
  std::string out = w.Take();
  out += '\n';
  return out;
}

std::string Engine::RenderClassification(const Decision& decision, Format format, bool explanation) const {
  if (format != Format::kJson) return render::ClassificationText(decision, *state_, explanation);
  JsonWriter w;
  render::WriteClassificationJson(w, decision, *state_, explanation);
  return w.str() + "\n";
}

Provenance Engine::provenance() const {
  Provenance p = state_->provenance;
  if (state_->parties) p.party_lists = state_->parties->ListFiles();
  return p;
}

std::vector<std::string> Engine::ItemIds() const {
  std::vector<std::string> ids;
  for (const auto& item : state_->catalog.items()) ids.push_back(item.id);
  return ids;
}

}  // namespace chipgate
