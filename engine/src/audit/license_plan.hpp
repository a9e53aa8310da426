// License depletion planned before any row's verdict is given. Depletion goes in ship-date
// order, which a log need not be in: when the one pass (LicenseChecker over RunningDepletion)
// cannot rely on the log's order, a first pass collects and sorts the uses, and the second pass
// then knows which rows exceed what is left.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "audit/log_reader.hpp"
#include "audit/row_auditor.hpp"
#include "chipgate/date.hpp"
#include "licenses/licenses.hpp"

namespace chipgate {

// A use of a license as the database keeps it (one per row that drew on a license).
struct LicenseUseRecord {
  std::string license_number;
  std::string shipment_id;
  std::uint64_t line = 0;
  Date date;
  std::int64_t quantity = 0;
};

// Depletion of a run: the lines whose use exceeds what is left in ship-date order, and the
// shipment ids of earlier runs' uses that this run audits again (their old uses are replaced,
// so a re-run does not deplete twice). The uses themselves are the rows whose claimed license
// covers them (the store records them as it stores the rows).
struct LicensePlan {
  std::vector<std::uint64_t> exhausted_lines;  // sorted
  std::vector<std::string> superseded_shipments;
};

// The first pass: reads every row (after ReadHeader) of a second reader over the same log,
// classifies the items of the rows that claim a license in `register_` (no screening, no
// explanation), and computes depletion against `earlier` (the uses stored by earlier runs).
// Memory grows with the rows that claim a registered license, not with the log.
LicensePlan PlanLicenseUses(ShipmentLogReader& reader, RowAuditor& auditor, const licenses::Register& register_,
                            const std::vector<LicenseUseRecord>& earlier);

}  // namespace chipgate
