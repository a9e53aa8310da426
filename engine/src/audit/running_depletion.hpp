// License depletion while the log is read once. Depletion goes in ship-date order; a log is
// mostly in that order already, so each use can draw on its license the moment its row is
// read, after the earlier runs' uses of the same or earlier dates. Whether that held is known
// only at the end: Finish() does depletion again over every use, sorted as ExhaustedLines sorts
// them, and gives the plan only when it exhausts exactly the lines the rows were told about.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "audit/license_plan.hpp"
#include "audit/shipment_row.hpp"

namespace chipgate::audit_detail {

class RunningDepletion {
 public:
  // The arguments must outlive this object.
  RunningDepletion(const licenses::Register& held, const std::vector<LicenseUseRecord>& earlier);

  // A row of this run that was decided: its shipment id replaces the earlier runs' uses of that
  // id (so a re-run does not deplete twice). Call before Draw for the same row.
  void Decided(std::string_view shipment_id);
  // The row draws `row.quantity` on license `license` (an index in the register; the row passed
  // coverage). True when that exceeds what is left.
  bool Draw(std::uint32_t license, const ShipmentRow& row);
  // After the last row: depletion in ship-date order over every use. The plan when its
  // exhausted lines are the ones Draw returned true for; nothing when the log's order changed
  // an answer, and the run must be done again with a plan made first (PlanLicenseUses).
  std::optional<LicensePlan> Finish() const;

 private:
  struct EarlierUse {
    std::uint32_t license = 0;
    Date date;
    std::int64_t quantity = 0;
    std::size_t record = 0;   // its place in the earlier uses given
    bool superseded = false;  // its shipment id is in this run
    bool counted = false;     // drawn already
  };
  struct Tally {
    Rational used;
    std::size_t next = 0;  // the first earlier use of the license not drawn yet
  };
  struct StoredShipment {
    std::vector<std::size_t> uses;  // into earlier_
    bool decided = false;          // this run decided a row of it
  };

  const licenses::Register& register_;
  std::vector<EarlierUse> earlier_;          // by license, then date
  std::vector<std::size_t> earlier_begin_;   // by license: where its earlier uses start (size + 1)
  std::unordered_map<std::string, StoredShipment> stored_;
  std::vector<Tally> tallies_;               // by license
  std::vector<licenses::Use> uses_;          // this run's
  std::vector<std::uint64_t> exhausted_;     // the lines Draw exhausted, in reading order
  std::string id_;                           // reused for lookups
};

}  // namespace chipgate::audit_detail
