// The CSV record grammar (RFC 4180 plus lone-CR line ends and a leading BOM) and the recovery
// rule described in csv.hpp. The inner loops scan runs of plain bytes with a lookup table and
// append each run to the record in one go, which is what keeps the reader well above 100 MB/s.
#include <array>

#include "audit/csv.hpp"

namespace chipgate {
namespace {

constexpr std::size_t kChunkBytes = std::size_t{64} << 10;

using StopTable = std::array<bool, 256>;

constexpr StopTable MakeStops(std::string_view stops) {
  StopTable table{};
  for (const char c : stops) table[static_cast<unsigned char>(c)] = true;
  return table;
}

constexpr StopTable kQuotedStops = MakeStops("\"\r\n");

const char* ScanRun(const char* p, const char* end, const StopTable& stops) {
  while (p < end && !stops[static_cast<unsigned char>(*p)]) ++p;
  return p;
}

bool IsLineBreak(char c) { return c == '\r' || c == '\n'; }

}  // namespace

std::string_view Describe(CsvErrorKind kind) {
  switch (kind) {
    case CsvErrorKind::kQuoteInUnquotedField: return "quote inside an unquoted field";
    case CsvErrorKind::kTextAfterClosingQuote: return "text after a closing quote";
    case CsvErrorKind::kUnterminatedQuote: return "quoted field not closed before end of file";
    case CsvErrorKind::kFieldTooLong: return "field longer than the limit";
    case CsvErrorKind::kRecordTooLong: return "record longer than the limit";
    case CsvErrorKind::kReadFailed: return "the input could not be read";
  }
  return "malformed record";
}

CsvReader::CsvReader(std::istream& in, CsvLimits limits, char delimiter)
    : window_(in, kChunkBytes), limits_(limits) {
  SetDelimiter(delimiter);
}

void CsvReader::SetDelimiter(char delimiter) {
  delimiter_ = delimiter;
  unquoted_stops_ = MakeStops("\"\r\n");
  unquoted_stops_[static_cast<unsigned char>(delimiter)] = true;
}

std::string_view CsvReader::PeekFirstLine() {
  if (!started_) SkipByteOrderMark();
  const auto line_end = [this] {
    const char* p = window_.cursor();
    while (p < window_.end() && !IsLineBreak(*p)) ++p;
    return p;
  };
  while (line_end() == window_.end() && static_cast<std::size_t>(window_.end() - window_.cursor()) < limits_.max_record_bytes &&
         window_.Fill(window_.offset())) {
  }
  return std::string_view(window_.cursor(), static_cast<std::size_t>(line_end() - window_.cursor()));
}

CsvStep CsvReader::Next() {
  if (finished_) return CsvStep::kEnd;
  if (!started_) SkipByteOrderMark();
  while (EnsureByte() && IsLineBreak(*window_.cursor())) {
    ConsumeLineBreak();
    ++blank_lines_;
  }
  if (window_.cursor() == window_.end()) {
    finished_ = true;
    if (!window_.failed()) return CsvStep::kEnd;
    error_ = CsvError{CsvErrorKind::kReadFailed, line_, line_, 1};
    return CsvStep::kError;
  }
  return ReadRecord();
}

bool CsvReader::EnsureByte() {
  return window_.cursor() < window_.end() || window_.Fill(KeepFrom());
}

// Precondition: the cursor is on CR or LF. Returns the bytes consumed, for quoted fields that
// keep their line breaks verbatim.
std::string_view CsvReader::ConsumeLineBreak() {
  const char c = *window_.cursor();
  window_.SetCursor(window_.cursor() + 1);
  ++line_;
  if (c == '\n') return "\n";
  if (EnsureByte() && *window_.cursor() == '\n') {
    window_.SetCursor(window_.cursor() + 1);
    return "\r\n";
  }
  return "\r";
}

void CsvReader::SkipByteOrderMark() {
  started_ = true;
  while (window_.end() - window_.cursor() < 3 && window_.Fill(window_.offset())) {
  }
  if (std::string_view(window_.cursor(), window_.end()).starts_with("\xEF\xBB\xBF")) {
    window_.SetCursor(window_.cursor() + 3);
  }
}

CsvStep CsvReader::ReadRecord() {
  record_.text_.clear();
  record_.ends_.clear();
  record_.first_line_ = line_;
  record_start_ = window_.offset();
  restart_.reset();
  while (true) {
    if (const auto problem = ReadField()) return Fail(*problem);
    record_.ends_.push_back(record_.text_.size());
    const bool more = EnsureByte();
    if (window_.failed()) return Fail(CsvErrorKind::kReadFailed);
    if (more && *window_.cursor() == delimiter_) {
      window_.SetCursor(window_.cursor() + 1);
      continue;
    }
    record_.last_line_ = line_;
    if (more) ConsumeLineBreak();
    restart_.reset();
    return CsvStep::kRecord;
  }
}

std::optional<CsvErrorKind> CsvReader::ReadField() {
  field_start_ = record_.text_.size();
  if (!EnsureByte()) return std::nullopt;  // an empty last field, as in "a,b,"
  if (*window_.cursor() != '"') return ReadUnquoted();
  window_.SetCursor(window_.cursor() + 1);
  return ReadQuoted();
}

// Leaves the cursor on the byte that ended the field (',', CR, LF) or at end of input.
std::optional<CsvErrorKind> CsvReader::ReadUnquoted() {
  do {
    const char* run = window_.cursor();
    const char* stop = ScanRun(run, window_.end(), unquoted_stops_);
    window_.SetCursor(stop);
    if (const auto problem = AppendRun(run, stop)) return problem;
    if (stop < window_.end()) {
      if (*stop == '"') return CsvErrorKind::kQuoteInUnquotedField;
      return std::nullopt;
    }
  } while (window_.Fill(KeepFrom()));
  return std::nullopt;
}

// Called after the opening quote; leaves the cursor after the closing quote.
std::optional<CsvErrorKind> CsvReader::ReadQuoted() {
  while (EnsureByte()) {
    const char* run = window_.cursor();
    const char* stop = ScanRun(run, window_.end(), kQuotedStops);
    window_.SetCursor(stop);
    if (const auto problem = AppendRun(run, stop)) return problem;
    if (stop == window_.end()) continue;
    if (*stop == '"') {
      window_.SetCursor(stop + 1);
      if (!EnsureByte() || *window_.cursor() != '"') return CloseQuote();
      window_.SetCursor(window_.cursor() + 1);
      record_.text_ += '"';
      continue;
    }
    record_.text_ += ConsumeLineBreak();
    // From here on a broken record can be re-read from its second line.
    if (!restart_) restart_ = window_.offset();
  }
  return CsvErrorKind::kUnterminatedQuote;
}

// After a closing quote only a delimiter, a line break or the end of input may follow.
std::optional<CsvErrorKind> CsvReader::CloseQuote() {
  if (window_.cursor() == window_.end()) return std::nullopt;
  const char c = *window_.cursor();
  if (c == delimiter_ || IsLineBreak(c)) return std::nullopt;
  return CsvErrorKind::kTextAfterClosingQuote;
}

std::optional<CsvErrorKind> CsvReader::AppendRun(const char* begin, const char* end) {
  record_.text_.append(begin, end);
  if (record_.text_.size() - field_start_ > limits_.max_field_bytes) {
    return CsvErrorKind::kFieldTooLong;
  }
  if (window_.offset() - record_start_ > limits_.max_record_bytes) {
    return CsvErrorKind::kRecordTooLong;
  }
  return std::nullopt;
}

// Reports the record as rejected and moves to the physical line after the one it started on.
CsvStep CsvReader::Fail(CsvErrorKind kind) {
  if (window_.failed()) kind = CsvErrorKind::kReadFailed;  // not the file's fault
  error_ = CsvError{kind, record_.first_line_, line_, record_.ends_.size() + 1};
  if (kind == CsvErrorKind::kReadFailed) {
    finished_ = true;
  } else if (restart_) {
    window_.Seek(*restart_);
    line_ = record_.first_line_ + 1;
    restart_.reset();
  } else {
    SkipRestOfLine();
  }
  return CsvStep::kError;
}

void CsvReader::SkipRestOfLine() {
  while (EnsureByte()) {
    const char* p = window_.cursor();
    while (p < window_.end() && !IsLineBreak(*p)) ++p;
    window_.SetCursor(p);
    if (p < window_.end()) {
      ConsumeLineBreak();
      return;
    }
  }
}

}  // namespace chipgate
