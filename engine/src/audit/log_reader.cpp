// ShipmentLogReader (see log_reader.hpp): the CSV reader, the header resolution and the row parser
// put together. A malformed record becomes a rejected row at the line where it starts; the CSV
// reader resumes on the next physical line, so nothing after it is lost either.
#include <fmt/format.h>

#include "audit/header_columns.hpp"
#include "audit/row_parser.hpp"
#include "audit/audit_mapping.hpp"
#include "audit/columns.hpp"
#include "audit/log_reader.hpp"
#include "audit/reject_kind.hpp"
#include "audit/shipment_row.hpp"
#include "audit/audit_format.hpp"

namespace chipgate {

struct ShipmentLogReader::State {
  State(std::istream& in, const Model& model, const Catalog& catalog, const AuditMapping& map,
        std::optional<CountryCode> exporter_hq)
      : mapping(map), csv(in, {}, map.delimiter == 0 ? ',' : map.delimiter), parser(model, catalog, map, exporter_hq, setup_problems) {}

  const AuditMapping& mapping;
  std::vector<std::string> setup_problems;  // filled by the parser's constructor
  CsvReader csv;
  audit_detail::RowParser parser;
  audit_detail::ColumnIndex index;
  std::vector<std::string> notes;
  char delimiter = mapping.delimiter == 0 ? ',' : mapping.delimiter;
  bool header_ok = false;
  bool failed = false;
};

ShipmentLogReader::ShipmentLogReader(std::istream& in, const Model& model, const Catalog& catalog,
                                     const AuditMapping& mapping, std::optional<CountryCode> default_exporter_hq)
    : state_(std::make_unique<State>(in, model, catalog, mapping, default_exporter_hq)) {}

ShipmentLogReader::~ShipmentLogReader() = default;

std::vector<std::string> ShipmentLogReader::ReadHeader() {
  State& s = *state_;
  std::vector<std::string> problems = s.setup_problems;
  if (s.mapping.delimiter == 0) s.delimiter = DetectDelimiter(s.csv.PeekFirstLine());
  s.csv.SetDelimiter(s.delimiter);
  switch (s.csv.Next()) {
    case CsvStep::kEnd:
      problems.push_back("the input is empty: expected a header row naming the columns");
      return problems;
    case CsvStep::kError:
      problems.push_back(s.csv.error().kind == CsvErrorKind::kReadFailed
                             ? std::string("the input could not be read")
                             : fmt::format("the header row (line {}) is not valid CSV: {}", s.csv.error().first_line,
                                           Describe(s.csv.error().kind)));
      return problems;
    case CsvStep::kRecord: break;
  }
  audit_detail::HeaderResolution header = audit_detail::ResolveHeader(s.csv.record(), s.mapping, s.delimiter);
  problems.insert(problems.end(), header.problems.begin(), header.problems.end());
  s.index = header.index;
  s.notes = std::move(header.notes);
  s.header_ok = problems.empty();
  return problems;
}

const std::vector<std::string>& ShipmentLogReader::notes() const { return state_->notes; }

bool ShipmentLogReader::Next(ShipmentRow& row) {
  if (!NextFields(row)) return false;
  if (!row.rejected()) Complete(row);
  return true;
}

void ShipmentLogReader::Complete(ShipmentRow& row) { state_->parser.ParseValues(row); }

bool ShipmentLogReader::NextFields(ShipmentRow& row) {
  State& s = *state_;
  if (!s.header_ok || s.failed) return false;
  switch (s.csv.Next()) {
    case CsvStep::kEnd: return false;
    case CsvStep::kError: {
      const CsvError& e = s.csv.error();
      if (e.kind == CsvErrorKind::kReadFailed) {
        s.failed = true;
        return false;
      }
      row.line = e.first_line;
      row.fields = {};
      row.end_user_hq.reset();
      row.exporter_hq.reset();
      row.reject_kind = RejectKind::kMalformedCsv;
      row.reject_column = AuditColumn::kCount;
      row.reject_reason = e.line == e.first_line
                              ? fmt::format("malformed CSV: {} (field {})", Describe(e.kind), e.field)
                              : fmt::format("malformed CSV: {} (found on line {}, field {}); the lines after it are read again as rows",
                                            Describe(e.kind), e.line, e.field);
      return true;
    }
    case CsvStep::kRecord:
      row.line = s.csv.record().first_line();
      s.parser.ParseFields(s.csv.record(), s.index, row);
      return true;
  }
  return false;
}

std::uint64_t ShipmentLogReader::blank_lines() const { return state_->csv.blank_lines(); }
std::uint64_t ShipmentLogReader::bytes_consumed() const { return state_->csv.bytes_consumed(); }
bool ShipmentLogReader::read_failed() const { return state_->failed; }
std::string ShipmentLogReader::date_shape() const { return state_->parser.date_shape(); }
char ShipmentLogReader::delimiter() const { return state_->delimiter; }

}  // namespace chipgate
