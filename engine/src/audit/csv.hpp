// Streaming RFC 4180 CSV for shipment logs: one record at a time from a std::istream, never the
// whole file, so a batch audit's memory does not grow with the log.
//
// Accepted: quoted fields with "" escapes, commas and line breaks (CR, LF, CRLF) inside quotes,
// records ended by LF, CRLF or a lone CR, a final record without a line break, and a UTF-8 byte
// order mark at the very start (skipped). Empty lines are skipped and counted. Every record
// carries the physical lines it starts and ends on, so errors point into the file.
//
// Bad input never stops the reader and never loses a line: a malformed record comes back as an
// error value, and reading resumes at the physical line after the one the bad record started
// on. That is what makes "rows decided + rows rejected = rows read" hold for a batch audit even
// when a stray quote would otherwise swallow the rest of the file; lines that sat inside the
// broken record are read again as records of their own.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chipgate {

// Limits on what one record may cost, so a runaway quote cannot eat memory. A record longer
// than `max_record_bytes` (raw bytes, quotes and line breaks included) or a field longer than
// `max_field_bytes` (after unescaping) is an error; the overshoot before it is noticed is at
// most one read chunk (64 KiB).
struct CsvLimits {
  std::size_t max_field_bytes = std::size_t{1} << 20;   // 1 MiB
  std::size_t max_record_bytes = std::size_t{4} << 20;  // 4 MiB
};

enum class CsvErrorKind {
  kQuoteInUnquotedField,   // a"b
  kTextAfterClosingQuote,  // "a"b
  kUnterminatedQuote,      // "a ... end of file
  kFieldTooLong,
  kRecordTooLong,
  kReadFailed,  // the stream went bad (I/O error); nothing more is read
};

// A lower-case reason for messages, e.g. "quote inside an unquoted field".
std::string_view Describe(CsvErrorKind kind);

struct CsvError {
  CsvErrorKind kind = CsvErrorKind::kReadFailed;
  std::uint64_t first_line = 0;  // 1-based physical line where the rejected record starts
  std::uint64_t line = 0;        // 1-based physical line where the problem was found
  std::size_t field = 0;         // 1-based field in which the problem was found
};

// One record's fields, unescaped. Only CsvReader fills it.
class CsvRecord {
 public:
  std::size_t size() const { return ends_.size(); }
  // Precondition: index < size(). The view lives until the reader's next Next() call.
  std::string_view operator[](std::size_t index) const {
    const std::size_t begin = index == 0 ? 0 : ends_[index - 1];
    return std::string_view(text_).substr(begin, ends_[index] - begin);
  }
  std::uint64_t first_line() const { return first_line_; }  // 1-based, physical
  std::uint64_t last_line() const { return last_line_; }    // > first_line_ if quotes span lines

 private:
  friend class CsvReader;
  std::string text_;               // every field's bytes, back to back
  std::vector<std::size_t> ends_;  // end offset in text_ of each field
  std::uint64_t first_line_ = 0;
  std::uint64_t last_line_ = 0;
};

namespace csv_internal {

// The reader's input buffer: reads the stream in chunks and keeps bytes from a caller-chosen
// mark onwards, so the reader can step back to the line after a broken record's start without
// the stream having to be seekable (stdin, pipes). Offsets are absolute byte offsets.
class InputWindow {
 public:
  InputWindow(std::istream& in, std::size_t chunk_bytes);

  const char* cursor() const { return data_.data() + cursor_; }
  const char* end() const { return data_.data() + end_; }
  void SetCursor(const char* p) { cursor_ = static_cast<std::size_t>(p - data_.data()); }
  std::uint64_t offset() const { return base_ + cursor_; }
  // Precondition: offset is at or after the last `keep_from` passed to Fill, and read already.
  void Seek(std::uint64_t offset) { cursor_ = static_cast<std::size_t>(offset - base_); }

  // Appends the next chunk. Bytes before `keep_from` (<= offset()) may be dropped; pointers
  // from cursor() and end() are invalid afterwards. False at end of input or on a read error.
  bool Fill(std::uint64_t keep_from);
  bool failed() const { return failed_; }

 private:
  std::istream& in_;
  std::size_t chunk_bytes_;
  std::vector<char> data_;
  std::size_t cursor_ = 0;  // index in data_
  std::size_t end_ = 0;     // bytes of data_ that hold input
  std::uint64_t base_ = 0;  // absolute offset of data_[0]
  bool eof_ = false;
  bool failed_ = false;
};

}  // namespace csv_internal

enum class CsvStep { kRecord, kError, kEnd };

class CsvReader {
 public:
  // `in` must outlive the reader and should be opened in binary mode (no newline translation).
  // `delimiter` separates fields: ',' (RFC 4180), or ';', '\t', '|' as exports use them.
  explicit CsvReader(std::istream& in, CsvLimits limits = {}, char delimiter = ',');

  // The first line of the input (after a byte order mark), up to its line break, at most
  // max_record_bytes: for detecting the delimiter before the first Next(). The view lives
  // until the next call on the reader.
  std::string_view PeekFirstLine();
  // Precondition: before the first Next(). One of ',', ';', '\t', '|'.
  void SetDelimiter(char delimiter);

  // Reads the next record: kRecord (see record()), kError (see error(); the next call carries
  // on after it) or kEnd (no more input; every later call is kEnd too).
  CsvStep Next();
  const CsvRecord& record() const { return record_; }
  const CsvError& error() const { return error_; }

  std::uint64_t blank_lines() const { return blank_lines_; }
  // Bytes consumed so far, for progress against a file size (steps back after an error).
  std::uint64_t bytes_consumed() const { return window_.offset(); }

 private:
  bool EnsureByte();
  std::uint64_t KeepFrom() const { return restart_.value_or(window_.offset()); }
  std::string_view ConsumeLineBreak();
  void SkipByteOrderMark();
  CsvStep ReadRecord();
  std::optional<CsvErrorKind> ReadField();
  std::optional<CsvErrorKind> ReadUnquoted();
  std::optional<CsvErrorKind> ReadQuoted();
  std::optional<CsvErrorKind> AppendRun(const char* begin, const char* end);
  std::optional<CsvErrorKind> CloseQuote();
  CsvStep Fail(CsvErrorKind kind);
  void SkipRestOfLine();

  csv_internal::InputWindow window_;
  CsvLimits limits_;
  char delimiter_ = ',';
  std::array<bool, 256> unquoted_stops_{};  // the delimiter, '"', CR, LF
  CsvRecord record_;
  CsvError error_;
  std::uint64_t line_ = 1;                // physical line at the cursor
  std::uint64_t record_start_ = 0;        // offset where the current record began
  std::optional<std::uint64_t> restart_;  // offset of the line after the record's first line
  std::size_t field_start_ = 0;           // where the current field begins in record_.text_
  std::uint64_t blank_lines_ = 0;
  bool started_ = false;
  bool finished_ = false;
};

}  // namespace chipgate
