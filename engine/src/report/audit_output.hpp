// Row results of an audit as CSV or JSON on a stream (`chipgate audit --format csv|json`), one
// row at a time as they are decided, for spreadsheets and scripts. Both carry every input row,
// rejected ones included, in input order, with the same fields as the store's results table.
//
// CSV: RFC 4180 with a header row, through csv_writer.hpp (so every text cell gets the formula
// guard; line and quantity are numbers); reasons and citations are joined with " | ". JSON: an
// array with one object per row.
#pragma once

#include <cstdio>
#include <memory>

#include "audit/audit.hpp"

namespace chipgate {

class AuditCsvWriter : public AuditSink {
 public:
  explicit AuditCsvWriter(std::FILE* out);  // writes the header row; `out` must outlive this
  std::optional<std::string> Add(const AuditedRow& row) override;

 private:
  std::FILE* out_;
  std::string line_;
};

class AuditJsonWriter : public AuditSink {
 public:
  explicit AuditJsonWriter(std::FILE* out);  // writes the opening bracket
  std::optional<std::string> Add(const AuditedRow& row) override;
  // Closes the array; call once after the last row (also when there were none).
  void Finish();

 private:
  std::FILE* out_;
  std::string line_;
  bool first_ = true;
};

}  // namespace chipgate
