// Shared steps of `chipgate audit` runs (see audit_steps.hpp).
#include "cli/audit/audit_steps.hpp"

#include <fmt/format.h>

#include "cli/core/output_stream.hpp"
#include "render/decision_json.hpp"
#include "text/json.hpp"
#include "text/output_file.hpp"

namespace chipgate::cli {

std::vector<std::pair<std::string, std::string>> AuditParamList(const EngineState& s) {
  std::vector<std::pair<std::string, std::string>> out;
  for (std::size_t i = 0; i < s.model.params.size(); ++i) {
    const ParamSym& p = s.model.params[i];
    out.emplace_back(p.name, p.type == Type::kBool ? (s.params.bools[i] ? "true" : "false") : s.params.numbers[i].ToString(6));
  }
  return out;
}

std::string AuditParamsJson(const EngineState& s) {
  JsonWriter w(0);
  render::WriteParamsJson(w, s.model, s.params);
  return w.str();
}

bool WriteAuditReport(const std::string& path, const std::string& html, std::int64_t run_id, Io& io) {
  if (const auto problem = WriteFileAtomically(path, html)) {
    fmt::print(io.err, "chipgate audit: the run is stored (run {}), but the report could not be written: {}; {} is unchanged\n",
               run_id, *problem, path);
    return false;
  }
  return true;
}

bool AuditStdoutWritten(const std::string& db_path, std::int64_t run_id, Io& io) {
  if (!OutputFailed(io)) return true;
  fmt::print(io.err, "chipgate audit: cannot write standard output; the run is stored (run {} in {})\n", run_id, db_path);
  return false;
}

}  // namespace chipgate::cli
