// The closing summary of `chipgate audit` (see audit_text.hpp).
#include "cli/audit/audit_text.hpp"

#include <fmt/format.h>

#include "audit/text.hpp"

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

std::string Lines(const RejectGroup& g) {
  std::string out;
  for (const auto line : g.first_lines) out += fmt::format("{}{}", out.empty() ? "" : ", ", line);
  return g.count > g.first_lines.size() ? out + ", ..." : out;
}

// "license register: 34 covered, 1 expired, ..." when a register was given.
std::string LicenseFindingsText(const std::array<std::uint64_t, kLicenseFindingCount>& findings) {
  std::string parts;
  for (std::size_t f = 0; f < findings.size(); ++f) {
    if (findings[f] > 0) parts += fmt::format("{}{} {}", parts.empty() ? "" : ", ", findings[f], licenses::FindingName(static_cast<licenses::Finding>(f)));
  }
  return parts.empty() ? "" : fmt::format("  license register: {}\n", parts);
}

}  // namespace

std::string RejectGroupsText(const std::vector<RejectGroup>& groups, std::uint64_t total) {
  if (groups.empty()) return {};
  std::string out = fmt::format("\nrejected rows by reason ({} in all):\n", total);
  for (const RejectGroup& g : groups) {
    const std::string column = g.column == AuditColumn::kCount ? "" : fmt::format(" (`{}`)", AuditColumnKey(g.column));
    out += fmt::format("  {:>9}  {}{}: line{} {}\n", g.count, RejectKindTitle(g.kind), column, g.count == 1 ? "" : "s", Lines(g));
    out += fmt::format("             e.g. line {}: {}\n", g.first_lines.front(), g.example);
  }
  return out;
}

std::string AllRejectedHelp(const RejectGroup& largest, const std::string& date_shape, const AuditMapping& mapping, char delimiter) {
  switch (largest.kind) {
    case RejectKind::kBadDate:
      if (date_shape.empty()) break;
      if (date_shape.find(' ') != std::string::npos) return fmt::format("dates look like {}: set date_format in the mapping file's [format] to the one your export uses", date_shape);
      return fmt::format("dates look like {0}: set date_format = \"{0}\" in the mapping file's [format]", date_shape);
    case RejectKind::kFieldCount:
      return fmt::format("the records do not split into the header's fields with delimiter `{}`: set delimiter in the mapping file's [format]",
                         delimiter == '\t' ? "tab" : std::string(1, delimiter));
    case RejectKind::kBadCountry:
      if (!mapping.country_names) return "countries are written as names: set country_names = true in the mapping file's [format]";
      break;
    case RejectKind::kBadQuantity:
      return "quantities are not plain whole numbers: set decimal_separator and thousands_separator in the mapping file's [format]";
    case RejectKind::kUnknownItem:
      return "no item is a catalog id: map your part numbers with [items] or a [part_master] in the mapping file";
    default: break;
  }
  return "fix the largest group of rejects above and run the audit again (docs/audit.md, \"Mapping your own export\")";
}

std::string VerdictChangesText(const RescreenResult& result, std::int64_t original_run) {
  if (result.changed == 0) return fmt::format("\nverdicts changed from run {}: none\n", original_run);
  std::string out = fmt::format("\nverdicts changed from run {}: {} row{}\n", original_run, result.changed, result.changed == 1 ? "" : "s");
  for (const VerdictChange& c : result.changes) {
    std::string buffer;
    out += fmt::format("  line {:>7}  {}  {} -> {}\n", c.line, audit_detail::CleanText(c.shipment_id, buffer), VerdictName(c.before),
                       VerdictName(c.after));
  }
  if (result.changed > result.changes.size()) out += fmt::format("  ... and {} more (compare the two runs in the database)\n", result.changed - result.changes.size());
  return out;
}

std::string AuditSummaryText(const AuditSummary& summary, const AuditCounts& n, const AuditWhere& where) {
  std::string out = fmt::format("chipgate audit: {}\n", where.input_path);
  out += fmt::format("  rows read        {:>9}  = {} decided + {} rejected", n.read, n.decided, n.rejected);
  out += n.blank_lines > 0 ? fmt::format(" ({} blank line{} skipped)\n", n.blank_lines, n.blank_lines == 1 ? "" : "s") : "\n";
  for (const Verdict v : {Verdict::kOk, Verdict::kOverDeclared, Verdict::kViolation, Verdict::kProhibited, Verdict::kIndeterminate, Verdict::kRejected}) {
    out += fmt::format("  {:<16} {:>9}\n", VerdictName(v), n.of(v));
  }
  out += LicenseFindingsText(summary.license_findings());
  Findings(out, summary, Verdict::kProhibited, n.of(Verdict::kProhibited));
  Findings(out, summary, Verdict::kViolation, n.of(Verdict::kViolation));
  Findings(out, summary, Verdict::kIndeterminate, n.of(Verdict::kIndeterminate));
  out += RejectGroupsText(summary.reject_groups(), n.of(Verdict::kRejected));
  out += fmt::format("\ndatabase  {} (run {})\n", where.db_path, where.run_id);
  if (!where.report_path.empty()) out += fmt::format("report    {}\n", where.report_path);
  return out;
}

}  // namespace chipgate::cli
