// The engine the server answers with, replaceable while it runs. Each request takes a
// shared_ptr to the current snapshot and keeps it to the end, so a reload (SIGHUP) never
// changes the rules under a request in flight; the old snapshot is freed when its last request
// finishes. A reload that fails keeps the old snapshot and returns why.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "chipgate/engine.hpp"

namespace chipgate::server {

class EngineSnapshot {
 public:
  // Loads the first snapshot; the diagnostics when it cannot (the server does not start).
  static Result<std::unique_ptr<EngineSnapshot>> Load(EngineOptions options);

  std::shared_ptr<const Engine> Current() const;
  // Loads and checks everything again from the same options; swaps only on success.
  Result<bool> Reload();
  std::uint64_t reloads() const;
  std::string loaded_at() const;  // UTC, ISO 8601: when the current snapshot was loaded

 private:
  EngineSnapshot(EngineOptions options, std::shared_ptr<const Engine> engine);

  const EngineOptions options_;
  mutable std::mutex mutex_;  // guards the three below; held only to copy or swap the pointer
  std::shared_ptr<const Engine> engine_;
  std::uint64_t reloads_ = 0;
  std::string loaded_at_;
  std::mutex reload_mutex_;  // one reload at a time (loading runs outside mutex_)
};

}  // namespace chipgate::server
