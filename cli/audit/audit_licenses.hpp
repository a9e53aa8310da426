// The license register in `chipgate audit` and `chipgate licenses`: loading the `--licenses`
// files against the session's catalog and rules, and the first pass over the log that plans
// depletion before the verdicts are given.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "audit/audit_mapping.hpp"
#include "audit/license_plan.hpp"
#include "audit/row_auditor.hpp"
#include "store/audit_store.hpp"
#include "licenses/licenses.hpp"
#include "cli/core/command.hpp"
#include "cli/core/session.hpp"

namespace chipgate::cli {

// Prints diagnostics (warnings too); nothing on any error.
std::optional<licenses::Register> LoadLicenseFiles(const std::vector<std::string>& paths, const EngineState& session, Io& io);

// Reads the log a first time (a second open of `input_path`) and plans depletion against the
// uses `store` holds. False after printing a message.
bool PlanLicenses(const std::string& input_path, const AuditMapping& mapping, std::optional<CountryCode> exporter_hq, const EngineState& session,
                  const licenses::Register& register_, AuditStore& store, RowAuditor& auditor, LicensePlan& plan, Io& io);

}  // namespace chipgate::cli
