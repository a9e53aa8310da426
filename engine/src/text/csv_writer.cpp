// RFC 4180 CSV fields and records with the formula guard (see csv_writer.hpp).
#include "text/csv_writer.hpp"

namespace chipgate {
namespace {

bool RunsAsFormula(std::string_view text) {
  if (text.empty() || text == "-") return false;
  const char c = text.front();
  return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

bool IsPlainDecimal(std::string_view text) {
  if (!text.empty() && text.front() == '-') text.remove_prefix(1);
  const auto point = text.find('.');
  const std::string_view whole = text.substr(0, point);
  const std::string_view fraction = point == std::string_view::npos ? std::string_view("0") : text.substr(point + 1);
  auto digits = [](std::string_view part) {
    return !part.empty() && part.find_first_not_of("0123456789") == std::string_view::npos;
  };
  return digits(whole) && digits(fraction);
}

void AppendQuoted(std::string& out, std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
    out += text;
    return;
  }
  out += '"';
  for (const char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

void AppendText(std::string& out, std::string_view text) {
  if (!RunsAsFormula(text)) {
    AppendQuoted(out, text);
    return;
  }
  std::string guarded = "'";
  guarded += text;
  AppendQuoted(out, guarded);
}

}  // namespace

std::string CsvField(std::string_view text) {
  std::string out;
  AppendText(out, text);
  return out;
}

void CsvLine::Separate() {
  if (!empty_) line_ += ',';
  empty_ = false;
}

CsvLine& CsvLine::Text(std::string_view text) {
  Separate();
  AppendText(line_, text);
  return *this;
}

CsvLine& CsvLine::Number(std::string_view decimal) {
  if (!decimal.empty() && !IsPlainDecimal(decimal)) return Text(decimal);
  Separate();
  line_ += decimal;
  return *this;
}

std::string CsvLine::Finish() {
  std::string out = std::move(line_);
  out += "\r\n";
  line_.clear();
  empty_ = true;
  return out;
}

std::string CsvTextLine(const std::vector<std::string>& texts) {
  CsvLine line;
  for (const auto& t : texts) line.Text(t);
  return line.Finish();
}

}  // namespace chipgate
