// RunAudit (see run.hpp): the loop that reads, decides and hands each row on, keeping the
// account read = decided + rejected; and the per-row steps it shares with a re-screening (see
// row_steps.hpp).
#include "audit/counts.hpp"
#include "audit/license_checker.hpp"
#include "audit/log_reader.hpp"
#include "audit/read_batch.hpp"
#include "audit/row_auditor.hpp"
#include "audit/row_explanation.hpp"
#include "audit/run.hpp"
#include "audit/shipment_row.hpp"
#include "audit/sink.hpp"
#include "audit/row_steps.hpp"

namespace chipgate {

namespace audit_detail {

const RowExplanation& ExplainRow(const ShipmentRow& row, RowAuditor& auditor, RowExplanation& rejected, AuditCounts& n) {
  ++n.read;
  if (row.rejected()) {
    rejected = RejectedExplanation(row.reject_reason);
    ++n.rejected;
    return rejected;
  }
  ++n.decided;
  return auditor.Audit(row);
}

std::optional<std::string> Deliver(std::span<AuditSink* const> sinks, const AuditedRow& row) {
  for (AuditSink* sink : sinks) {
    if (auto error = sink->Add(row)) return error;
  }
  return std::nullopt;
}

}  // namespace audit_detail

AuditRunResult RunAudit(ShipmentLogReader& reader, RowAuditor& auditor, std::span<AuditSink* const> sinks,
                        AuditProgress progress, void* progress_context, LicenseChecker* licenses) {
  // Enough rows ahead for a prefetch to arrive, few enough that the batch stays in cache.
  constexpr std::size_t kBatchRows = 16;
  AuditRunResult result;
  AuditCounts& n = result.counts;
  audit_detail::ReadBatch batch;
  RowExplanation rejected;
  while (batch.Read(reader, kBatchRows)) {
    for (std::size_t i = 0; i < batch.size(); ++i) {
      const ShipmentRow& row = batch.row(i);
      if (i + 1 < batch.size()) auditor.Prefetch(batch.row(i + 1));
      const RowExplanation* why = &audit_detail::ExplainRow(row, auditor, rejected, n);
      if (licenses != nullptr && !row.rejected()) why = &licenses->Check(row, *why);
      ++n.by_verdict[static_cast<std::size_t>(why->verdict)];
      if (auto error = audit_detail::Deliver(sinks, {row, *why})) {
        result.error = std::move(error);
        return result;
      }
      if (progress != nullptr) progress(progress_context, n.read, batch.bytes_consumed(i));
    }
  }
  n.blank_lines = reader.blank_lines();
  if (reader.read_failed()) result.error = "reading the input failed (an I/O error) before its end";
  return result;
}

}  // namespace chipgate
