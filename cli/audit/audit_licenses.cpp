// License registers for the CLI (see audit_licenses.hpp).
#include "cli/audit/audit_licenses.hpp"

#include <fmt/format.h>

#include <fstream>

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

bool PlanLicenses(const std::string& input_path, const AuditMapping& mapping, std::optional<CountryCode> exporter_hq, const EngineState& session,
                  const licenses::Register& register_, AuditStore& store, RowAuditor& auditor, LicensePlan& plan, Io& io) {
  std::vector<LicenseUseRecord> earlier;
  if (const auto problem = store.LoadLicenseUses(earlier)) {
    fmt::print(io.err, "chipgate audit: {}\n", *problem);
    return false;
  }
  // A plain stream: the input's hash is taken by the second pass, which reads what is stored.
  std::ifstream input(input_path, std::ios::binary);
  if (!input) {
    fmt::print(io.err, "chipgate audit: cannot read {} a second time\n", input_path);
    return false;
  }
  ShipmentLogReader reader(input, session.model, session.catalog, mapping, exporter_hq);
  if (!reader.ReadHeader().empty()) {
    fmt::print(io.err, "chipgate audit: {} changed while it was read\n", input_path);
    return false;
  }
  plan = PlanLicenseUses(reader, auditor, register_, earlier);
  if (reader.read_failed()) {
    fmt::print(io.err, "chipgate audit: reading {} failed (an I/O error)\n", input_path);
    return false;
  }
  return true;
}

}  // namespace chipgate::cli
