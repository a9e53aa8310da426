// Internals of the register reader (see LoadRegisters in licenses.hpp): one file being read,
// with the place of each field for diagnostics, and the parser of each kind of value.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "audit/csv.hpp"
#include "licenses/licenses.hpp"

namespace chipgate::licenses::detail {

// The register's columns; the first seven are required.
enum class Column : std::uint8_t {
  kNumber, kItems, kDestinations, kEndUser, kQuantity, kValidFrom, kValidTo, kValue, kCurrency, kConditions, kCount
};
constexpr std::size_t kColumnCount = static_cast<std::size_t>(Column::kCount);
std::string_view ColumnKey(Column c);  // "license_number", "items", ...
bool ColumnRequired(Column c);

// One field of one record, and where it is (the span is computed only for a diagnostic).
struct Field {
  std::string_view text;  // trimmed
  Column column;
  std::uint64_t line = 0;                // the record's first line
  std::optional<std::size_t> index;      // 0-based field; absent: the whole line
};

// A register file in a SourceSet: spans of fields for diagnostics, and the diagnostics.
class RegisterFile {
 public:
  RegisterFile(const SourceSet& sources, std::uint32_t id, char delimiter, std::size_t max_errors)
      : file_(sources.file(id)), id_(id), delimiter_(delimiter), max_errors_(max_errors) {}

  // The span of 0-based `field` of the record starting on 1-based `line` (the line when the
  // field cannot be found, e.g. inside a multi-line quoted record).
  Span FieldSpan(std::uint64_t line, std::size_t field) const;
  Span LineSpan(std::uint64_t line) const;
  Span SpanOf(const Field& f) const { return f.index ? FieldSpan(f.line, *f.index) : LineSpan(f.line); }
  void Report(Diagnostic d);
  bool full() const { return errors_ >= max_errors_; }
  std::vector<Diagnostic> Take() { return std::move(diagnostics_); }
  const std::string& path() const { return file_.path(); }
  char delimiter() const { return delimiter_; }

 private:
  const SourceFile& file_;
  std::uint32_t id_;
  char delimiter_;
  std::size_t max_errors_;
  std::size_t errors_ = 0;
  std::vector<Diagnostic> diagnostics_;
};


std::optional<Date> ParseDateField(RegisterFile& file, const Field& f);
// Empty text: nothing, no diagnostic (the caller decides whether empty is allowed).
std::optional<Rational> ParseAmountField(RegisterFile& file, const Field& f);
std::optional<std::vector<CountryCode>> ParseDestinations(RegisterFile& file, const Field& f, std::size_t max_entries);
// Catalog ids into `items`, ECCN paragraphs into `eccns`. False after reporting a problem.
bool ParseItems(RegisterFile& file, const Field& f, const Vocabulary& vocabulary, std::size_t max_entries, License& license);
// `;`-separated entries, trimmed, empty ones dropped.
std::vector<std::string_view> SplitList(std::string_view text);

// Where each column is in the records (0-based field).
using Columns = std::array<std::optional<std::size_t>, kColumnCount>;

// The header row: every problem reported; the columns only when the required ones are there
// and no error limit was reached.
std::optional<Columns> ReadHeader(RegisterFile& file, const CsvRecord& header);

// Reads records into licenses; one instance per file. The arguments must outlive it.
class RowReader {
 public:
  RowReader(RegisterFile& file, const Columns& at, const Vocabulary& v, const RegisterLimits& limits)
      : file_(file), at_(at), vocabulary_(v), limits_(limits) {}

  // The license, or nothing after reporting the record's first problem.
  std::optional<License> Read(const CsvRecord& record);

 private:
  Field Get(Column c) const;
  bool Required(const Field& f);
  bool Amounts(License& l);
  bool Dates(License& l);

  RegisterFile& file_;
  const Columns& at_;
  const Vocabulary& vocabulary_;
  const RegisterLimits& limits_;
  const CsvRecord* record_ = nullptr;
};

}  // namespace chipgate::licenses::detail
