// CSV output per RFC 4180: fields containing a comma, a double quote, CR or LF are quoted, with
// quotes doubled; records end with CRLF. chipgate writes CSV for spreadsheets and auditors'
// tools, so it follows the RFC rather than any one program's dialect.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace chipgate {

std::string CsvField(std::string_view field);
// One record, fields joined by commas, terminated by CRLF.
std::string CsvRecord(const std::vector<std::string>& fields);

}  // namespace chipgate
