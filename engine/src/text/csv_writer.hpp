// CSV output per RFC 4180: fields containing a comma, a double quote, CR or LF are quoted, with
// quotes doubled; records end with CRLF. chipgate writes CSV for spreadsheets and auditors'
// tools, so it follows the RFC rather than any one program's dialect. Every command that writes
// CSV goes through this writer, so every cell gets the same formula guard.
//
// Formula guard (OWASP, "CSV injection"): a text cell whose first character is `=`, `+`, `-`,
// `@`, tab or carriage return gets a leading apostrophe, so a spreadsheet shows it as text
// instead of running it. The one exception is a cell that is exactly `-`, chipgate's "none",
// which no spreadsheet can run. Numbers chipgate formatted itself are written with Number() and
// stay numbers (a negative margin is `-3.5`, not `'-3.5`); Number() checks that its argument
// really is a plain decimal and treats anything else as text, so no caller can bypass the guard.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace chipgate {

// One text cell: guarded, then quoted if needed.
std::string CsvField(std::string_view text);

// One record, built cell by cell.
class CsvLine {
 public:
  CsvLine& Text(std::string_view text);
  // A decimal chipgate formatted (`-?digits[.digits]`) or empty; anything else is Text().
  CsvLine& Number(std::string_view decimal);
  // The record with its CRLF terminator; the builder is then empty for the next record.
  std::string Finish();

 private:
  void Separate();

  std::string line_;
  bool empty_ = true;
};

// A record of text cells, joined by commas and terminated by CRLF.
std::string CsvTextLine(const std::vector<std::string>& texts);

}  // namespace chipgate
