// The closing summary of `chipgate audit` (see audit_text.hpp).
#include "audit_text.hpp"

#include <fmt/format.h>

namespace chipgate::cli {
namespace {

constexpr std::size_t kFindingsShown = 10;

void Findings(std::string& out, const AuditSummary& summary, Verdict v, std::uint64_t total) {
  const auto& rows = summary.details(v);
  if (rows.empty()) return;
  out += fmt::format("\nfirst {} rows ({} in all):\n", VerdictName(v), total);
  for (std::size_t i = 0; i < rows.size() && i < kFindingsShown; ++i) {
    const AuditDetailRow& r = rows[i];
    const std::string why = r.reasons.empty() ? r.required : r.reasons.front();
    const std::string what = v == Verdict::kRejected ? "" : fmt::format("{} {} to {}: ", r.ship_date, r.item_id, r.destination);
    const std::string missing = r.missing.empty() ? "" : fmt::format(" (missing: {})", r.missing);
    out += fmt::format("  line {:<6} {:<18} {}{}{}\n", r.line, r.shipment_id.substr(0, 18), what, why, missing);
  }
}

}  // namespace

std::string AuditSummaryText(const AuditSummary& summary, const AuditCounts& n, const AuditWhere& where) {
  std::string out = fmt::format("chipgate audit: {}\n", where.input_path);
  out += fmt::format("  rows read        {:>9}  = {} decided + {} rejected", n.read, n.decided, n.rejected);
  out += n.blank_lines > 0 ? fmt::format(" ({} blank line{} skipped)\n", n.blank_lines, n.blank_lines == 1 ? "" : "s") : "\n";
  for (const Verdict v : {Verdict::kOk, Verdict::kOverDeclared, Verdict::kViolation, Verdict::kIndeterminate, Verdict::kRejected}) {
    out += fmt::format("  {:<16} {:>9}\n", VerdictName(v), n.of(v));
  }
  Findings(out, summary, Verdict::kViolation, n.of(Verdict::kViolation));
  Findings(out, summary, Verdict::kIndeterminate, n.of(Verdict::kIndeterminate));
  Findings(out, summary, Verdict::kRejected, n.of(Verdict::kRejected));
  out += fmt::format("\ndatabase  {} (run {})\n", where.db_path, where.run_id);
  if (!where.report_path.empty()) out += fmt::format("report    {}\n", where.report_path);
  return out;
}

}  // namespace chipgate::cli
