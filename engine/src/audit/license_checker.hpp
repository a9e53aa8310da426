// Checking each decided row that claims a license number against the register: a failure turns
// an `ok` into a `violation` with the reason first; the finding is recorded either way.
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include "audit/license_plan.hpp"
#include "audit/row_explanation.hpp"
#include "audit/shipment_row.hpp"
#include "licenses/licenses.hpp"

namespace chipgate {

class LicenseChecker {
 public:
  // The arguments must outlive the checker. With a plan made first (PlanLicenseUses).
  LicenseChecker(const licenses::Register& register_, const LicensePlan& plan);
  // In one pass: each use draws on its license as its row is read, after `earlier` (the uses
  // stored by earlier runs) of the same or earlier ship dates. Right when the log is in
  // ship-date order, which Finish() checks.
  LicenseChecker(const licenses::Register& register_, const std::vector<LicenseUseRecord>& earlier);
  ~LicenseChecker();
  LicenseChecker(const LicenseChecker&) = delete;
  LicenseChecker& operator=(const LicenseChecker&) = delete;

  // `base` as is, or its derived explanation; the reference lives until the next call. Call for
  // every decided row (a row that claims no license may still replace an earlier run's use).
  const RowExplanation& Check(const ShipmentRow& row, const RowExplanation& base);
  // After the last row: the plan the rows were checked against. In one pass it is made now, in
  // ship-date order over every use; nothing when it exhausts other lines than the rows were
  // told (the log's order mattered): the run must be done again with a plan made first.
  std::optional<LicensePlan> Finish() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace chipgate
