// The steps every audit loop takes per row, shared by a log audit (RunAudit) and a
// re-screening (RunRescreen), so both account for rows and stop on a sink's error alike.
#pragma once

#include <optional>
#include <span>
#include <string>

#include "audit/counts.hpp"
#include "audit/row_auditor.hpp"
#include "audit/row_explanation.hpp"
#include "audit/shipment_row.hpp"
#include "audit/sink.hpp"

namespace chipgate::audit_detail {

// The row's explanation before any license step: its reject (built in `rejected`) or the
// auditor's decision. Counts the row in `n` as read and as decided or rejected; the caller
// counts its final verdict.
const RowExplanation& ExplainRow(const ShipmentRow& row, RowAuditor& auditor, RowExplanation& rejected, AuditCounts& n);

// Hands the row to each sink in order; the first sink's error stops it.
std::optional<std::string> Deliver(std::span<AuditSink* const> sinks, const AuditedRow& row);

}  // namespace chipgate::audit_detail
