// See snapshot.hpp.
#include "snapshot.hpp"

#include <utility>

#include "audit/utc_now.hpp"

namespace chipgate::server {
namespace {

// Loads an engine and touches what it builds on first use (the compiled program, the party
// lists), so the first request after a reload pays nothing and a broken list fails the reload
// rather than every later question.
Result<std::shared_ptr<const Engine>> LoadWarm(const EngineOptions& options) {
  Result<std::shared_ptr<const Engine>> out;
  Result<Engine> loaded = Engine::Load(options);
  out.diagnostics = std::move(loaded.diagnostics);
  if (!loaded.ok()) return out;
  auto engine = std::make_shared<const Engine>(std::move(*loaded.value));
  const std::vector<std::string> ids = engine->ItemIds();
  if (!ids.empty()) {
    Question q;
    q.item = ids.front();
    q.destination = "US";
    (void)engine->Decide(q);
  }
  PartyQuestion probe;
  probe.name = "warm-up";
  Result<RenderedAnswer> lists = engine->SearchParties(probe, Format::kJson);
  if (!lists.ok()) {
    out.diagnostics.insert(out.diagnostics.end(), lists.diagnostics.begin(), lists.diagnostics.end());
    return out;
  }
  out.value = std::move(engine);
  return out;
}

}  // namespace

EngineSnapshot::EngineSnapshot(EngineOptions options, std::shared_ptr<const Engine> engine)
    : options_(std::move(options)), engine_(std::move(engine)), loaded_at_(UtcNowIso8601()) {}

Result<std::unique_ptr<EngineSnapshot>> EngineSnapshot::Load(EngineOptions options) {
  Result<std::unique_ptr<EngineSnapshot>> out;
  Result<std::shared_ptr<const Engine>> engine = LoadWarm(options);
  out.diagnostics = std::move(engine.diagnostics);
  if (engine.ok()) out.value = std::unique_ptr<EngineSnapshot>(new EngineSnapshot(std::move(options), std::move(*engine.value)));
  return out;
}

std::shared_ptr<const Engine> EngineSnapshot::Current() const {
  const std::lock_guard<std::mutex> lock(mutex_);
  return engine_;
}

Result<bool> EngineSnapshot::Reload() {
  const std::lock_guard<std::mutex> one_at_a_time(reload_mutex_);
  Result<std::shared_ptr<const Engine>> engine = LoadWarm(options_);
  Result<bool> out;
  out.diagnostics = std::move(engine.diagnostics);
  if (!engine.ok()) return out;
  std::shared_ptr<const Engine> old;
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    old = std::exchange(engine_, std::move(*engine.value));
    ++reloads_;
    loaded_at_ = UtcNowIso8601();
  }
  out.value = true;
  return out;  // `old` is released here, outside the lock, unless requests still hold it
}

std::uint64_t EngineSnapshot::reloads() const {
  const std::lock_guard<std::mutex> lock(mutex_);
  return reloads_;
}

std::string EngineSnapshot::loaded_at() const {
  const std::lock_guard<std::mutex> lock(mutex_);
  return loaded_at_;
}

}  // namespace chipgate::server
