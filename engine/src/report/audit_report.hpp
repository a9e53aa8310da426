// The audit's HTML report: one self-contained file (inline CSS and SVG, no scripts, no external
// assets) for a compliance officer to read and forward. Summary counts with the read = decided
// + rejected account, charts of verdicts by destination and by month, the violations first
// with their reasons, citations and the full explanation, then undecided rows, rejects,
// over-declared rows, and the provenance (hashes, versions, times, params). Every piece of
// input text is escaped.
//
// AuditSummary collects what the report needs while the rows stream past: counts per verdict,
// per destination and per month (bounded: destinations are ISO codes, months are calendar
// months, anything else is one "invalid" bucket), and the first rows of each kind of finding
// in full (capped; the report says how many more the database holds).
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "audit/columns.hpp"
#include "audit/counts.hpp"
#include "audit/reject_kind.hpp"
#include "audit/row_verdict.hpp"
#include "audit/sink.hpp"
#include "audit/rescreen.hpp"
#include "chipgate/decision.hpp"
#include "chipgate/engine.hpp"

namespace chipgate {

struct AuditDetailRow {
  std::uint64_t line = 0;
  Verdict verdict = Verdict::kRejected;
  std::string shipment_id, ship_date, item, item_id, quantity, destination, end_user, end_user_hq, claimed;
  std::string end_user_parent;  // the owner the row names (the Affiliates rule); empty: none
  std::string required, missing;
  std::vector<std::string> reasons, citations;
  std::optional<Query> query;  // decided rows: what the full explanation is computed for
};

using VerdictTally = std::array<std::uint64_t, kVerdictCount>;

// A row whose party matched or resembled a restricted-party list entry (one per hit).
struct AuditPartyRow {
  std::uint64_t line = 0;
  Verdict verdict = Verdict::kRejected;
  std::string shipment_id, ship_date;
  PartyHit hit;
};

// Rejected rows of one kind and column ("`Shipped` is not a date"), so 5,000 identical rejects
// read as one line with a count, the first lines and one example reason.
struct RejectGroup {
  RejectKind kind = RejectKind::kNone;
  AuditColumn column = AuditColumn::kCount;
  std::uint64_t count = 0;
  std::vector<std::uint64_t> first_lines;  // at most kRejectGroupLines
  std::string example;                     // the first row's reason
};
constexpr std::size_t kRejectGroupLines = 5;
constexpr std::size_t kLicenseFindingCount = static_cast<std::size_t>(licenses::Finding::kQuantityExhausted) + 1;

class AuditSummary : public AuditSink {
 public:
  // At most `detail_limit` rows of each finding kind are kept in full.
  explicit AuditSummary(std::size_t detail_limit = 100);
  std::optional<std::string> Add(const AuditedRow& row) override;

  std::size_t detail_limit() const { return detail_limit_; }
  const VerdictTally& totals() const { return totals_; }
  // Keyed by ISO code / "YYYY-MM", with "invalid" for rows that have none.
  std::map<std::string, VerdictTally> by_destination() const;
  std::map<std::string, VerdictTally> by_month() const;
  // Rows kept in full for a verdict (violation, indeterminate, rejected, over-declared).
  const std::vector<AuditDetailRow>& details(Verdict v) const { return details_[static_cast<std::size_t>(v)]; }
  // Rows whose claimed license was checked against a register, by finding.
  const std::array<std::uint64_t, kLicenseFindingCount>& license_findings() const { return license_findings_; }
  // Rejected rows grouped by kind and column, largest group first.
  std::vector<RejectGroup> reject_groups() const;
  // The first party hits in row order (at most detail_limit), and how many there were in all.
  const std::vector<AuditPartyRow>& party_rows() const { return party_rows_; }
  std::uint64_t party_hit_count() const { return party_hit_count_; }
  std::optional<Date> first_date() const { return first_date_; }
  std::optional<Date> last_date() const { return last_date_; }

 private:
  std::size_t detail_limit_;
  VerdictTally totals_{};
  // Tallied by number, not by name, so a row costs no allocation: destinations by country
  // index (the last slot for invalid ones), months as year * 12 + month - 1 (-1 invalid).
  std::array<VerdictTally, CountryCode::kSpace + 1> by_destination_{};
  std::map<int, VerdictTally> by_month_;
  std::array<std::vector<AuditDetailRow>, kVerdictCount> details_;
  std::vector<RejectGroup> reject_groups_;  // bounded: one per kind and column
  std::array<std::uint64_t, kLicenseFindingCount> license_findings_{};
  std::vector<AuditPartyRow> party_rows_;
  std::uint64_t party_hit_count_ = 0;
  std::optional<Date> first_date_, last_date_;
};

struct AuditReportInfo {
  std::string input_path;
  std::string input_sha256;
  std::string db_path;
  std::int64_t run_id = 0;
  std::string started_at, finished_at;
  std::string rules_sha256, catalog_sha256, chipgate_version;
  std::vector<std::pair<std::string, std::string>> rule_files;  // path, sha256
  std::vector<std::pair<std::string, std::string>> params;      // name, value
  AuditCounts counts;
  std::vector<Provenance::PartyListFile> party_lists;  // what the parties were screened against
  // A re-screening: the run it decided again, and the rows whose verdict changed (the first
  // kMaxListedChanges of `changed`).
  std::optional<std::int64_t> rescreen_of = std::nullopt;
  std::vector<VerdictChange> changes = {};
  std::uint64_t changed = 0;
};

// Every report carries this marker in its <head>, so `chipgate audit` can tell its own report
// (which it may replace) from any other file (which it refuses to overwrite without --force).
inline constexpr std::string_view kAuditReportMarker = R"(<meta name="generator" content="chipgate audit report">)";

// The whole HTML document. Rows kept in full are explained again with the explaining evaluator
// (Explain), so their explanation is the complete memo; `model`, `catalog` and `params` must
// be those of the run.
std::string AuditHtml(const AuditSummary& summary, const AuditReportInfo& info, const Model& model, const Catalog& catalog,
                      const ParamValues& params);

}  // namespace chipgate
