// Reading a shipment log: the header first, then one ShipmentRow per record, streamed, so memory
// does not grow with the log. Every record after the header is either decided or rejected with
// its line and reason, never skipped, so read = decided + rejected always holds.
#pragma once

#include <cstdint>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "audit/audit_mapping.hpp"
#include "audit/shipment_row.hpp"
#include "catalog/catalog.hpp"
#include "check/model.hpp"
#include "chipgate/country.hpp"

namespace chipgate {

// Rows that cannot be decided (malformed CSV, wrong field count, a required value missing,
// unknown item, bad date, a date before the rules' coverage, bad country code, bad quantity)
// come back rejected with a reason.
class ShipmentLogReader {
 public:
  // `in`, `model` and `catalog` must outlive the reader. `default_exporter_hq` fills blank or
  // absent exporter_hq values.
  ShipmentLogReader(std::istream& in, const Model& model, const Catalog& catalog, const AuditMapping& mapping,
                    std::optional<CountryCode> default_exporter_hq);
  ~ShipmentLogReader();
  ShipmentLogReader(const ShipmentLogReader&) = delete;
  ShipmentLogReader& operator=(const ShipmentLogReader&) = delete;

  // Reads and checks the header row. Returns every problem (no header, a malformed header, a
  // required column missing, a column named twice, a mapping that names a missing column);
  // when any is returned, no row may be read. Call once, before Next().
  std::vector<std::string> ReadHeader();
  // Notes about optional columns the header lacks, for the user (after ReadHeader).
  const std::vector<std::string>& notes() const;
  // The next row; false at the end of the input.
  bool Next(ShipmentRow& row);
  // For a first pass that needs few rows: the next row with only its fields and its claim read,
  // nothing checked (rejected only when the record itself is malformed). Complete(row) then
  // parses it as Next() would have; both before the following NextFields call.
  bool NextFields(ShipmentRow& row);
  void Complete(ShipmentRow& row);
  std::uint64_t blank_lines() const;
  std::uint64_t bytes_consumed() const;
  // True when reading stopped because the stream failed (an I/O error), not at the end.
  bool read_failed() const;
  // What the ship dates that were not dates look like ("DD.MM.YYYY"), empty if nothing
  // recognisable: the hint when every row is rejected for its date.
  std::string date_shape() const;
  // The field delimiter in use (set by the mapping or detected from the header line).
  char delimiter() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace chipgate
