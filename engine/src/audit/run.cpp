// RunAudit (see audit.hpp): the loop that reads, decides and hands each row on, keeping the
// account read = decided + rejected.
#include "audit/audit.hpp"

namespace chipgate {

AuditRunResult RunAudit(ShipmentLogReader& reader, RowAuditor& auditor, std::span<AuditSink* const> sinks,
                        AuditProgress progress, void* progress_context, LicenseChecker* licenses) {
  AuditRunResult result;
  AuditCounts& n = result.counts;
  ShipmentRow row;
  RowExplanation rejected;
  while (reader.Next(row)) {
    ++n.read;
    const RowExplanation* why = nullptr;
    if (row.rejected()) {
      rejected = RejectedExplanation(row.reject_reason);
      why = &rejected;
      ++n.rejected;
    } else {
      why = &auditor.Audit(row);
      if (licenses != nullptr) why = &licenses->Check(row, *why);
      ++n.decided;
    }
    ++n.by_verdict[static_cast<std::size_t>(why->verdict)];
    const AuditedRow audited{row, *why};
    for (AuditSink* sink : sinks) {
      if (auto error = sink->Add(audited)) {
        result.error = std::move(error);
        return result;
      }
    }
    if (progress != nullptr) progress(progress_context, n.read, reader.bytes_consumed());
  }
  n.blank_lines = reader.blank_lines();
  if (reader.read_failed()) result.error = "reading the input failed (an I/O error) before its end";
  return result;
}

}  // namespace chipgate
