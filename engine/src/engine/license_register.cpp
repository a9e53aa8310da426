// LoadLicenseRegister (see state.hpp): the `--licenses` registers, read against the engine's
// catalog ids and ECCN paragraphs, for audits (AuditJob::license_files) and for the claims of
// questions (EngineOptions::licenses).
#include "engine/state.hpp"
#include "licenses/licenses.hpp"

namespace chipgate {

Result<licenses::Register> LoadLicenseRegister(const Engine::State& s, const std::vector<std::string>& paths, const char* field) {
  licenses::Vocabulary vocabulary{s.catalog, {}};
  for (const auto& eccn : s.model.eccns) vocabulary.eccns.push_back(eccn.name);
  SourceSet sources;  // the register files, for their diagnostics
  Result<licenses::Register> loaded = licenses::LoadRegisters(paths, vocabulary, sources);
  Locate(loaded.diagnostics, sources);
  for (auto& d : loaded.diagnostics) d.field = field;
  return loaded;
}

}  // namespace chipgate
