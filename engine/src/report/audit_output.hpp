// Row results of an audit as CSV or JSON on a stream (`chipgate audit --format csv|json`), one
// row at a time as they are decided, for spreadsheets and scripts. Both carry every input row,
// rejected ones included, in input order, with the same fields as the store's results table.
//
// CSV: RFC 4180 with a header row, through csv_writer.hpp (so every text cell gets the formula
// guard; line and quantity are numbers); reasons and citations are joined with " | ".
//
// JSON (`--format json`): one object, {"run": {...}, "rows": [...], "summary": {...}}; JSON
// Lines (`--format jsonl`): the run object first, one row per line, the summary last, each with
// a "type". A row's determination uses `check --format json`'s keys and types (outcome,
// classifications, license_required, review_policy, license_exceptions, missing as an array,
// reasons with rule ids), so a script reads both the same way; docs/audit.md lists the keys.
#pragma once

#include <cstdio>
#include <cstdint>
#include <memory>
#include <string>

#include "audit/counts.hpp"
#include "audit/sink.hpp"
#include "chipgate/engine.hpp"

namespace chipgate {

class AuditCsvWriter : public AuditSink {
 public:
  explicit AuditCsvWriter(std::FILE* out);  // writes the header row; `out` must outlive this
  std::optional<std::string> Add(const AuditedRow& row) override;

 private:
  std::FILE* out_;
  std::string line_;
};

// What the run object of the JSON outputs says: enough to reproduce the run.
struct AuditRunHeader {
  std::int64_t run_id = 0;
  std::string started_at;
  std::string input_path;
  std::string rules_sha256;
  std::string catalog_sha256;
  std::string chipgate_version;
  std::string params_json;  // a JSON object, verbatim
  std::string rules_current_to;  // YYYY-MM-DD or empty
  std::string party_lists_json = "[]";  // a JSON array, verbatim (PartyListsJson)
};

// The restricted-party list files as a JSON array of {"path", "sha256", "list_date"} objects
// (list_date null when the list does not say): the run object's `party_lists` and the runs
// table's column.
std::string PartyListsJson(const std::vector<Provenance::PartyListFile>& files);

class AuditJsonWriter : public AuditSink {
 public:
  enum class Shape : std::uint8_t { kDocument, kLines };
  // Writes the run object. `out` and `model` must outlive this.
  AuditJsonWriter(std::FILE* out, const Model& model, const AuditRunHeader& run, Shape shape);
  std::optional<std::string> Add(const AuditedRow& row) override;
  // Writes the summary (and closes the document); call once after the last row.
  void Finish(const AuditCounts& counts);

 private:
  std::FILE* out_;
  const Model& model_;
  Shape shape_;
  std::string line_;
  bool first_ = true;
};

}  // namespace chipgate
