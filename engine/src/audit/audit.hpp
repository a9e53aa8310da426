// Batch audit of a shipment log: each row is decided under the rules in force on its ship date
// (the compiled fast path) and its verdict compares the authorization the rules required with
// the one the row claims. Reading streams one record at a time, so memory does not grow with
// the log; every record after the header is either decided or rejected with its line and
// reason, so read = decided + rejected always holds.
//
// Stages, each in its own file under src/audit/: the columns and how a user's export maps onto
// them (audit_mapping.hpp), row parsing and rejects (ShipmentLogReader), the claimed
// authorization (ParseClaim), the verdict with its reasons and citations (RowAuditor), and the
// run that feeds every row to the sinks (RunAudit): the SQLite store, the CSV/JSON writers, the
// summary behind the HTML report.
#pragma once

#include <array>
#include <cstdint>
#include <istream>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "audit/audit_format.hpp"
#include "catalog/catalog.hpp"
#include "chipgate/country.hpp"
#include "audit/csv.hpp"
#include "chipgate/date.hpp"
#include "chipgate/decision.hpp"
#include "explain/explain.hpp"
#include "check/model.hpp"
#include "licenses/licenses.hpp"
#include "eval/params.hpp"

namespace chipgate {

// kProhibited: the rules say no license or license exception can authorize the shipment
// (Outcome::kProhibited), whatever the row claims. Worse than a violation, which a license
// would have cured, so an auditor counts it apart.
enum class Verdict : std::uint8_t { kOk, kViolation, kOverDeclared, kIndeterminate, kRejected, kProhibited };
constexpr std::size_t kVerdictCount = 6;
// "ok", "violation", "over-declared", "indeterminate", "rejected", "prohibited": a public format
// (the DB, CSV and JSON outputs and scripts use these words).
std::string_view VerdictName(Verdict v);
// The verdict a stored word names (VerdictName's inverse); nothing for another word.
std::optional<Verdict> VerdictByName(std::string_view name);

// The columns chipgate reads, by role. The default header of each is its key ("ship_date").
enum class AuditColumn : std::uint8_t {
  kShipmentId,
  kShipDate,
  kItem,
  kQuantity,
  kDestination,
  kEndUser,
  kEndUserHq,   // optional: absent or blank = unknown (rules that need it are indeterminate)
  kClaimed,     // optional: absent or blank = nothing claimed (NLR)
  kExporterHq,  // optional: for License Exception HBM; blank = the run's default, if any
  kConsignee,   // optional: screened against the party lists like the end user
  kPurchaser,   // optional: screened against the party lists like the end user
  kEndUserParent,  // optional: an owner of the end user, screened under the Affiliates rule (as `check --end-user-parent`)
  kCount
};
constexpr std::size_t kAuditColumnCount = static_cast<std::size_t>(AuditColumn::kCount);
std::string_view AuditColumnKey(AuditColumn c);
bool AuditColumnRequired(AuditColumn c);
std::optional<AuditColumn> AuditColumnByKey(std::string_view key);

// How a user's export maps onto chipgate's columns and catalog ids, without editing it.
struct AuditMapping {
  // The header to read for each column; empty = the column's key. Matched trimmed and ASCII
  // case-insensitively, like every header name.
  std::array<std::string, kAuditColumnCount> headers;
  // The user's part numbers (matched trimmed and case-insensitively) and the catalog ids they
  // stand for. Catalog ids themselves always match.
  std::vector<std::pair<std::string, std::string>> items;
  // The company's claim words (matched trimmed and case-insensitively) and what they mean in
  // chipgate's vocabulary: "NLR", an exception code or a license number ("EAR99" → "NLR").
  std::vector<std::pair<std::string, std::string>> claims;
  // A composite shipment id: these headers' values joined with `id_separator` (for a sales
  // document + item export). Empty: the shipment_id column.
  std::vector<std::string> shipment_id_parts;
  std::string id_separator = "/";
  char delimiter = 0;      // 0: detected from the header line
  DateFormat date_format;  // default YYYY-MM-DD
  NumberFormat number_format;
  bool country_names = false;  // also read country names ("China", "Viet Nam") as ISO codes
};

// Why a row was rejected, for grouping rejects (the message itself is for people).
enum class RejectKind : std::uint8_t {
  kNone,
  kMalformedCsv,
  kFieldCount,
  kMissingValue,
  kBadDate,
  kDateOutOfCoverage,
  kUnknownItem,
  kBadCountry,
  kBadQuantity,
};
// "malformed CSV", "wrong number of fields", "no value", "not a date", ...: a group's title.
std::string_view RejectKindTitle(RejectKind kind);

// The authorization a row claims.
enum class ClaimKind : std::uint8_t {
  kNoLicense,     // blank, NLR, none, n/a, NA, -
  kLicense,       // a license number (see LooksLikeLicenseNumber)
  kException,     // a Part 740 license exception code
  kUnrecognised,  // anything else: authorizes nothing (a violation where a license was required)
};
struct Claim {
  ClaimKind kind = ClaimKind::kNoLicense;
  std::string code;            // kException: the exception code, upper-case ("NAC")
  std::string license_number;  // kLicense: the number, trimmed and upper-case ("D1234567")
};
// Trimmed (spaces, tabs) and ASCII upper-case: how claims and license numbers are compared.
std::string ClaimText(std::string_view text);
// The documented shape of a license number (docs/audit.md, "Claims"): 6 to 24 characters, a
// letter first, then only letters, digits, `-` and `/`, with at least 5 digits ("D1234567",
// "G-2024-00017"). `upper` is ClaimText of the text. "EAR99", "TBD", "0", "3A090.a" and
// "NO LICENSE REQUIRED" do not look like one.
bool LooksLikeLicenseNumber(std::string_view upper);
// Whether `upper` is one of the 15 CFR Part 740 license exception codes.
bool IsExceptionCode(std::string_view upper);
// Blank, "NLR", "none", "n/a", "NA" and "-" claim nothing (NLR); a Part 740 license exception
// code ("NAC", "ACA", "STA", ...) claims that exception; text shaped like a license number
// claims that license; anything else is unrecognised. Case-insensitive.
Claim ParseClaim(std::string_view text);

// One record of the log, as written and as parsed. The `fields` views point into the reader's
// current record and live until its next Next() call.
struct ShipmentRow {
  std::uint64_t line = 0;  // 1-based physical line where the record starts
  std::array<std::string_view, kAuditColumnCount> fields{};
  std::string reject_reason;  // non-empty: the row is rejected and nothing below is set
  RejectKind reject_kind = RejectKind::kNone;
  AuditColumn reject_column = AuditColumn::kCount;  // the column at fault, when there is one
  std::uint32_t item = 0;     // catalog index
  Date date;
  std::int64_t quantity = 0;
  CountryCode destination;
  std::optional<CountryCode> end_user_hq;
  std::optional<CountryCode> exporter_hq;
  Claim claim;

  std::string_view field(AuditColumn c) const { return fields[static_cast<std::size_t>(c)]; }
  bool rejected() const { return !reject_reason.empty(); }
  // The question this row asks the rules. Precondition: !rejected().
  Query AsQuery() const {
    Query q;
    q.item = item;
    q.destination = destination;
    q.end_user_hq = end_user_hq;
    q.exporter_hq = exporter_hq;
    q.date = date;
    return q;
  }
};

// Reads a shipment log: the header first, then one ShipmentRow per record. Rows that cannot be
// decided (malformed CSV, wrong field count, a required value missing, unknown item, bad date,
// a date before the rules' coverage, bad country code, bad quantity) come back rejected with a
// reason, never skipped.
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

// What the rules required of a row and how its claim compares, with the reasons and citations
// an auditor reads. Shared by every row that has the same decision and claim kind.
struct RowExplanation {
  // Identifies this explanation within a run (1, 2, ... in order of first use; 0 for a rejected
  // row's, which is its own): rows that share it can be stored once.
  std::uint64_t id = 0;
  Verdict verdict = Verdict::kRejected;
  std::string item_id;  // the catalog id the row's item resolved to (empty when rejected)
  // "none", "license (presumption of denial)", "license (presumption of approval) or exception
  // ACA", "undetermined": what authorization the rules require.
  std::string required;
  std::vector<std::string> reasons;    // the verdict first, then classifications, requirements, ...
  std::vector<std::string> citations;  // the regulatory sources behind the reasons, deduplicated
  std::string missing;                 // the missing inputs when undecided ("end_user_hq"), joined
  std::string reasons_json;            // `reasons` and `citations` as compact JSON arrays
  std::string citations_json;
  // The same determination as data (what `check --format json` reports for the question).
  Outcome outcome = Outcome::kIndeterminate;
  Tri license_required = Tri::kUnknown;
  ReviewPolicy review = ReviewPolicy::kNone;
  bool review_known = true;
  std::vector<std::string> exceptions;      // available license exception codes
  std::vector<std::string> missing_inputs;  // `missing`, one name each
  std::vector<Reason> typed_reasons;
  // What the item meets on the date: the ECCN paragraphs ("3A090.a"), then from
  // `criteria_begin` the criteria behind them ("3A090.a.1"), each part sorted as `check` reports
  // them. The license register checks all of them (a license may name either).
  std::vector<std::string> classifications;
  std::size_t criteria_begin = 0;
  std::span<const std::string> Paragraphs() const { return {classifications.data(), criteria_begin}; }
  std::span<const std::string> Criteria() const { return std::span<const std::string>(classifications).subspan(criteria_begin); }
  // Set when a claimed license number was checked against a register.
  std::optional<licenses::Finding> license_finding;
  // The restricted-party hits folded into this explanation (typed_reasons index them), and
  // whether the row's parties were screened at all.
  std::vector<PartyHit> party_hits;
  bool parties_screened = false;
};

// A party hit with its listing's dates, so one search of a name serves rows of every date.
struct ListedPartyHit {
  PartyHit hit;
  std::uint32_t entry = 0;  // the entry's index in the lookup's lists (for OwnerHitOn)
  std::optional<Date> listed_from;   // absent: the listing date is unknown, listed on every date
  std::optional<Date> listed_until;  // absent: still listed
  bool ListedOn(Date d) const { return (!listed_from || *listed_from <= d) && (!listed_until || d <= *listed_until); }
};

// What a search of one party found, on any date.
struct ListedPartySearch {
  std::vector<ListedPartyHit> hits;
  // No listed name came near enough to be scored, and the name was screened: a search of the
  // same name in another role or country would find nothing either.
  bool near_nothing = false;
};

// Where the audit finds parties: the engine's screening over the loaded lists.
class AuditPartyLookup {
 public:
  virtual ~AuditPartyLookup() = default;
  // Every entry `name` matches or resembles, whatever its listing dates, best first. The lists
  // must have loaded (the caller checked before the run).
  virtual ListedPartySearch FindOnAnyDate(PartyRole role, const std::string& name, std::optional<CountryCode> country) const = 0;
  // A listed owner of the end user (`found` from FindOnAnyDate with PartyRole::kEndUserParent,
  // listed on `date`) under the Affiliates rule on `date`, as `check --end-user-parent` screens
  // it: a match applies the listing while the rule is in force (an UNCONFIRMED period included:
  // fail closed) and is a red flag while it is suspended; nothing when the rule does not reach
  // the entry's list or is not in force. A review candidate comes back as it is.
  virtual std::optional<PartyHit> OwnerHitOn(const ListedPartyHit& found, Date date) const = 0;
};

// Decides rows with the compiled fast path: the rules are compiled once for the params and the
// catalog bound once; one scratch is reused, so rows for the same item hit its cache.
// Explanations are cached by decision (bounded), so building them costs nothing per row.
class RowAuditor {
 public:
  // The arguments must outlive the auditor. Without `parties` no row is screened (each row's
  // reasons say so).
  RowAuditor(const Model& model, const Catalog& catalog, const ParamValues& params, const AuditPartyLookup* parties = nullptr);
  ~RowAuditor();
  RowAuditor(const RowAuditor&) = delete;
  RowAuditor& operator=(const RowAuditor&) = delete;

  // Precondition: `row` is not rejected. The reference lives until the next call.
  const RowExplanation& Audit(const ShipmentRow& row);
  // What Audit(row).classifications would be (the ECCN paragraphs, then the criteria, the item
  // meets on the row's date), from the same fast-path decision but without screening the
  // parties or building an explanation: all a license's coverage needs, for a first pass.
  // Precondition: `row` is not rejected. The reference lives until the next call.
  const std::vector<std::string>& Classifications(const ShipmentRow& row);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// What RowAuditor asks every row with besides the row's own values, as a JSON object (stored
// with each run, so a row can be asked again from the database alone): end use "none", an
// export, the item's vendor as exporter, not a UAE approved entity, the end user and consignee
// in the destination.
std::string_view AuditFixedInputsJson();

// The explanation of a rejected row: verdict `rejected`, the reason as its only reason.
RowExplanation RejectedExplanation(const std::string& reason);

// Compact JSON array of strings (used for the reasons and citations columns).
std::string JsonStringArray(const std::vector<std::string>& values);

struct AuditedRow {
  const ShipmentRow& row;
  const RowExplanation& why;
};

// A consumer of audited rows (the store, an output writer, the report summary). Returns an
// error message to stop the run (a full disk, say); the run then reports it and commits
// nothing.
class AuditSink {
 public:
  virtual ~AuditSink() = default;
  virtual std::optional<std::string> Add(const AuditedRow& row) = 0;
};

struct AuditCounts {
  std::uint64_t read = 0;  // records after the header
  std::uint64_t decided = 0;
  std::uint64_t rejected = 0;
  std::array<std::uint64_t, kVerdictCount> by_verdict{};
  std::uint64_t blank_lines = 0;

  std::uint64_t of(Verdict v) const { return by_verdict[static_cast<std::size_t>(v)]; }
  // Prohibited, violation, indeterminate or rejected rows: what the exit status reports.
  bool has_findings() const;
};

struct AuditRunResult {
  AuditCounts counts;
  std::optional<std::string> error;  // a sink's error or a read failure: the run did not finish
};

// Called after each row with (rows read, bytes consumed), for a progress display.
using AuditProgress = void (*)(void* context, std::uint64_t rows, std::uint64_t bytes);

// A use of a license as the database keeps it (one per row that drew on a license).
struct LicenseUseRecord {
  std::string license_number;
  std::string shipment_id;
  std::uint64_t line = 0;
  Date date;
  std::int64_t quantity = 0;
};

// Depletion of a run (see PlanLicenseUses and LicenseChecker): the lines whose use exceeds what
// is left in ship-date order, and the shipment ids of earlier runs' uses that this run audits
// again (their old uses are replaced, so a re-run does not deplete twice). The uses themselves
// are the rows whose claimed license covers them (the store records them as it stores the rows).
struct LicensePlan {
  std::vector<std::uint64_t> exhausted_lines;  // sorted
  std::vector<std::string> superseded_shipments;
};

// A first pass, for a log whose order LicenseChecker's one pass could not rely on: reads every
// row (after ReadHeader) of a second reader over the same log, classifies the items of the rows
// that claim a license in `register_` (no screening, no explanation), and computes depletion
// against `earlier` (the uses stored by earlier runs). Memory grows with the rows that claim a
// registered license, not with the log.
LicensePlan PlanLicenseUses(ShipmentLogReader& reader, RowAuditor& auditor, const licenses::Register& register_,
                            const std::vector<LicenseUseRecord>& earlier);

// Checks each decided row that claims a license number against the register: a failure turns
// an `ok` into a `violation` with the reason first; the finding is recorded either way.
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

// Reads every row (after ReadHeader), audits it (and checks its license when `licenses` is
// given) and hands it to each sink in order.
AuditRunResult RunAudit(ShipmentLogReader& reader, RowAuditor& auditor, std::span<AuditSink* const> sinks,
                        AuditProgress progress = nullptr, void* progress_context = nullptr, LicenseChecker* licenses = nullptr);

}  // namespace chipgate
