// Loading Engines with a snapshot folder, for the snapshot tests: a private cache folder, a
// small rule tree the tests edit (main.rules including more/inc.rules, and other.rules), and
// the one snapshot file to damage.
#pragma once

#include <string>

#include "chipgate/chipgate.hpp"
#include "support/temp_dir.hpp"

namespace chipgate::testing {

class SnapshotFixture {
 public:
  SnapshotFixture();

  // The bundled data folder, this fixture's rule tree (unless `bundled_rules`), and its cache.
  EngineOptions Options(bool bundled_rules = false) const;
  // Loads; a failed load is a test failure (the diagnostics are in the message).
  Result<Engine> Load(const EngineOptions& options) const;
  static bool FromSnapshot(const Engine& engine);

  // Whether a license is required for nvidia-h20 to `to` on 2025-03-01.
  static bool LicenseRequired(const Engine& engine, const std::string& to);

  std::string RulesDir() const { return dir_.File("rules"); }
  std::string CacheDir() const { return dir_.File("cache"); }
  std::string File(const std::string& name) const { return dir_.File(name); }
  // The one snapshot file in the cache folder (empty when there is none).
  std::string SnapshotFile() const;

  static void Write(const std::string& path, const std::string& text);
  static std::string Read(const std::string& path);

 private:
  TempDir dir_;
};

}  // namespace chipgate::testing
