// Where audited rows go: the store, an output writer, the report summary. Every consumer of a
// run is a sink, so a log audit and a re-screening feed the same ones alike.
#pragma once

#include <optional>
#include <string>

#include "audit/row_explanation.hpp"
#include "audit/shipment_row.hpp"

namespace chipgate {

struct AuditedRow {
  const ShipmentRow& row;
  const RowExplanation& why;
};

// Returns an error message to stop the run (a full disk, say); the run then reports it and
// commits nothing.
class AuditSink {
 public:
  virtual ~AuditSink() = default;
  virtual std::optional<std::string> Add(const AuditedRow& row) = 0;
};

}  // namespace chipgate
