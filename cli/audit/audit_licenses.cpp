// License registers for the CLI (see audit_licenses.hpp).
#include "cli/audit/audit_licenses.hpp"

#include <fmt/format.h>

namespace chipgate::cli {

std::optional<licenses::Register> LoadLicenseFiles(const std::vector<std::string>& paths, const EngineState& session, Io& io) {
  licenses::Vocabulary vocabulary{session.catalog, {}};
  for (const auto& eccn : session.model.eccns) vocabulary.eccns.push_back(eccn.name);
  SourceSet sources;  // the register files, for their diagnostics
  Result<licenses::Register> loaded = licenses::LoadRegisters(paths, vocabulary, sources);
  if (!loaded.diagnostics.empty()) fmt::print(io.err, "{}", RenderText(loaded.diagnostics, sources));
  if (!loaded.ok()) return std::nullopt;
  return std::move(*loaded.value);
}

}  // namespace chipgate::cli
