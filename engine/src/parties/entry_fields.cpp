// Field parsing shared by the CSL CSV, CSL JSON and SDN readers (see entry_fields.hpp).
#include "parties/entry_fields.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "parties/codes.hpp"
#include "parties/source_list.hpp"

namespace chipgate::parties {

FileDiagnostics::FileDiagnostics(const SourceSet& sources, std::uint32_t file, std::vector<Diagnostic>& out,
                                 bool lines_are_entries)
    : sources_(sources), file_(file), out_(out), lines_are_entries_(lines_are_entries) {}

bool FileDiagnostics::Admit() {
  ++count_;
  if (count_ < kLimit) return true;
  if (count_ == kLimit) {
    Diagnostic d = Error(codes::kTooManyErrors, "too many problems in this file; the rest are not listed");
    d.path = sources_.file(file_).path();
    out_.push_back(std::move(d));
    ++errors_;
  }
  return false;
}

void FileDiagnostics::At(Severity severity, const char* code, std::uint64_t line, std::string_view field,
                         std::string message) {
  if (severity == Severity::kError) ++errors_;
  if (!Admit()) return;
  if (lines_are_entries_) {
    Diagnostic d = severity == Severity::kError ? Error(code, "") : Warning(code, "");
    d.message = fmt::format("results[{}]{}{}: {}", line - 1, field.empty() ? "" : ".", field, message);
    d.path = sources_.file(file_).path();
    out_.push_back(std::move(d));
    return;
  }
  const SourceFile& f = sources_.file(file_);
  const auto clamped = static_cast<std::uint32_t>(std::clamp<std::uint64_t>(line, 1, f.LineCount()));
  const std::uint32_t begin = f.OffsetOf(clamped, 1);
  Diagnostic d = severity == Severity::kError ? Error(code, std::move(message)) : Warning(code, std::move(message));
  d.span = Span{file_, begin, begin + static_cast<std::uint32_t>(f.Line(clamped).size())};
  if (!field.empty()) d.notes.push_back(fmt::format("in field `{}`", field));
  out_.push_back(std::move(d));
}

void FileDiagnostics::AtOffset(const char* code, std::uint64_t offset, std::string message) {
  ++errors_;
  if (!Admit()) return;
  const SourceFile& f = sources_.file(file_);
  const auto at = static_cast<std::uint32_t>(std::min<std::uint64_t>(offset, f.text().size()));
  out_.push_back(Error(code, std::move(message), Span{file_, at, at}));
}

void FileDiagnostics::File(const char* code, std::string message) {
  ++errors_;
  if (!Admit()) return;
  Diagnostic d = Error(code, std::move(message));
  d.path = sources_.file(file_).path();
  out_.push_back(std::move(d));
}

std::string_view TrimBlanks(std::string_view text) {
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && blank(text.front())) text.remove_prefix(1);
  while (!text.empty() && blank(text.back())) text.remove_suffix(1);
  return text;
}

std::vector<std::string> SplitTrimmed(std::string_view text, char separator) {
  std::vector<std::string> parts;
  while (true) {
    const std::size_t at = text.find(separator);
    const std::string_view part = TrimBlanks(text.substr(0, at));
    if (!part.empty()) parts.emplace_back(part);
    if (at == std::string_view::npos) return parts;
    text.remove_prefix(at + 1);
  }
}

void AddAddressCountry(Entry& entry, std::string_view address, FileDiagnostics& diagnostics, std::string_view field) {
  const std::size_t comma = address.rfind(',');
  const std::string_view last = TrimBlanks(comma == std::string_view::npos ? address : address.substr(comma + 1));
  if (last.empty()) return;
  const std::optional<CountryCode> code = CountryCode::Parse(last);
  if (!code) {
    diagnostics.At(Severity::kWarning, codes::kBadCountry, entry.line, field,
                   fmt::format("`{}` is not an ISO 3166-1 country code; the entry matches without it",
                               last.substr(0, 40)));
    return;
  }
  if (std::find(entry.countries.begin(), entry.countries.end(), *code) == entry.countries.end()) {
    entry.countries.push_back(*code);
  }
}

std::optional<Date> DateField(std::string_view text, std::uint64_t line, std::string_view field,
                              FileDiagnostics& diagnostics) {
  text = TrimBlanks(text);
  if (text.empty()) return std::nullopt;
  std::optional<Date> date = Date::Parse(text);
  if (!date) {
    diagnostics.At(Severity::kError, codes::kBadDate, line, field,
                   fmt::format("`{}` is not a date (expected YYYY-MM-DD)", text.substr(0, 40)));
  }
  return date;
}

void FinishEntry(Entry& entry, FileDiagnostics& diagnostics) {
  if (entry.list != SourceList::kSdn) {
    const std::optional<SourceList> list = SourceListFromText(entry.source);
    entry.list = list.value_or(SourceList::kOther);
    if (!list && entry.source.empty()) {
      diagnostics.At(Severity::kWarning, codes::kUnknownList, entry.line, "source",
                     "the entry names no source list; kept as `other`, to be reviewed");
    }
  }
  entry.license_policy = NormaliseLicensePolicy(entry.license_policy_text);
  if (TrimBlanks(entry.name).empty()) {
    diagnostics.At(Severity::kError, codes::kMissingName, entry.line, "name", "the entry has no name");
  }
  if (entry.start_date && entry.end_date && *entry.end_date < *entry.start_date) {
    diagnostics.At(Severity::kError, codes::kDatesReversed, entry.line, "end_date",
                   fmt::format("end date {} is before start date {}", entry.end_date->ToString(),
                               entry.start_date->ToString()));
  }
}

bool Entry::ListedOn(Date date) const {
  return (!start_date || *start_date <= date) && (!end_date || date <= *end_date);
}

}  // namespace chipgate::parties
