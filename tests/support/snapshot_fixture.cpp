// The snapshot tests' fixture (see snapshot_fixture.hpp).
#include "support/snapshot_fixture.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine/state.hpp"
#include "support/bundled.hpp"

namespace chipgate::testing {
namespace {

constexpr const char* kHeader = "ruleset \"snap\" authority \"test\" from 2022-10-07 current 2026-07-23\n";

std::string Requirement(const std::string& id, const std::string& country) {
  return "require " + id + " \"license to " + country + "\"\n  effective 2022-10-07\n  cite \"test\"\n  when destination in {" +
         country + "}\n";
}

}  // namespace

SnapshotFixture::SnapshotFixture() {
  std::filesystem::create_directories(dir_.path() / "rules/more");
  Write(File("rules/main.rules"), std::string(kHeader) + "include \"more/inc.rules\"\n" + Requirement("t.cn", "CN"));
  Write(File("rules/more/inc.rules"), std::string(kHeader) + Requirement("t.ru", "RU"));
  Write(File("rules/other.rules"), std::string(kHeader) + Requirement("t.ir", "IR"));
}

EngineOptions SnapshotFixture::Options(bool bundled_rules) const {
  EngineOptions o;
  o.data_dir = SourcePath("");
  if (!bundled_rules) o.rules = {RulesDir()};
  o.snapshot_dir = CacheDir();
  return o;
}

Result<Engine> SnapshotFixture::Load(const EngineOptions& options) const {
  Result<Engine> loaded = Engine::Load(options);
  if (!loaded.ok()) ADD_FAILURE() << RenderText(loaded.diagnostics);
  return loaded;
}

bool SnapshotFixture::FromSnapshot(const Engine& engine) { return engine.state().loaded_from_snapshot; }

bool SnapshotFixture::LicenseRequired(const Engine& engine, const std::string& to) {
  Question q;
  q.item = "nvidia-h20";
  q.destination = to;
  q.end_user_hq = to;
  q.date = "2025-03-01";
  const Result<Decision> d = engine.Decide(q);
  if (!d.ok()) ADD_FAILURE() << RenderText(d.diagnostics);
  return d.ok() && d.value->license_required == Tri::kTrue;
}

std::string SnapshotFixture::SnapshotFile() const {
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(CacheDir(), ec)) {
    if (entry.path().extension() == ".snapshot") return entry.path().string();
  }
  return "";
}

void SnapshotFixture::Write(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
}

std::string SnapshotFixture::Read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace chipgate::testing
