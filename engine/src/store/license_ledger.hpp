// The depletion ledger in the audit database (table license_uses, schema 2): reading the uses
// earlier runs stored, and replacing a run's shipments' uses with this run's, inside the run's
// transaction. Prepared statements only.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "audit/audit.hpp"
#include "store/sqlite.hpp"

namespace chipgate::store_detail {

// Every stored use; nothing (and no error) when the table does not exist yet.
std::optional<std::string> ReadLicenseUses(sqlite::Database& db, std::vector<LicenseUseRecord>& out);

// Deletes the uses of `plan.superseded_shipments` and inserts `plan.uses` under `run_id`.
std::optional<std::string> WriteLicenseUses(sqlite::Database& db, std::int64_t run_id, const LicensePlan& plan);

}  // namespace chipgate::store_detail
