// The depletion ledger in the audit database (table license_uses, schema 2): reading the uses
// earlier runs stored, and dropping those of shipments a run audited again, inside the run's
// transaction (the store records a run's own uses with its rows). Prepared statements only.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "audit/license_plan.hpp"
#include "store/sqlite.hpp"

namespace chipgate::store_detail {

// Every stored use; nothing (and no error) when the table does not exist yet.
std::optional<std::string> ReadLicenseUses(sqlite::Database& db, std::vector<LicenseUseRecord>& out);

// Deletes the uses earlier runs stored for `shipments`, which run `run_id` audited again (its
// own uses were recorded with its rows).
std::optional<std::string> ReplaceEarlierUses(sqlite::Database& db, std::int64_t run_id, const std::vector<std::string>& shipments);

}  // namespace chipgate::store_detail
