// The trade.gov Consolidated Screening List in CSV form. Columns are found by their header
// names, so a reordered or extended export still reads; `addresses` holds "street, city, ...,
// CC" addresses separated by ";", and `alt_names` aliases separated by ";".
#include <fmt/format.h>

#include <array>

#include "parties/codes.hpp"
#include "parties/csv_records.hpp"
#include "parties/readers.hpp"

namespace chipgate::parties {
namespace {

enum Column : std::size_t {
  kId, kSource, kName, kAddresses, kFrNotice, kStartDate, kEndDate, kRequirement, kPolicy, kAltNames,
  kPrograms, kColumnCount
};
constexpr std::array<std::string_view, kColumnCount> kHeaders = {
    "_id", "source", "name", "addresses", "federal_register_notice", "start_date", "end_date",
    "license_requirement", "license_policy", "alt_names", "programs"};

using ColumnIndex = std::array<std::optional<std::size_t>, kColumnCount>;

ColumnIndex IndexHeader(const CsvRecord& header) {
  ColumnIndex index;
  for (std::size_t i = 0; i < header.size(); ++i) {
    std::string_view h = TrimBlanks(header[i]);
    if (i == 0 && h.substr(0, 3) == "\xEF\xBB\xBF") h.remove_prefix(3);
    for (std::size_t c = 0; c < kColumnCount; ++c) {
      if (h == kHeaders[c] && !index[c]) index[c] = i;
    }
  }
  return index;
}

std::string_view Field(const CsvRecord& r, const ColumnIndex& index, Column c) {
  return index[c] && *index[c] < r.size() ? r[*index[c]] : std::string_view();
}

Entry ReadRow(const CsvRecord& r, const ColumnIndex& index, std::uint32_t file, FileDiagnostics& diagnostics) {
  Entry e;
  e.file = file;
  e.line = r.first_line();
  e.id = TrimBlanks(Field(r, index, kId));
  e.source = TrimBlanks(Field(r, index, kSource));
  e.name = TrimBlanks(Field(r, index, kName));
  e.aliases = SplitTrimmed(Field(r, index, kAltNames), ';');
  for (const std::string& address : SplitTrimmed(Field(r, index, kAddresses), ';')) {
    AddAddressCountry(e, address, diagnostics, "addresses");
  }
  e.federal_register_notice = TrimBlanks(Field(r, index, kFrNotice));
  e.start_date = DateField(Field(r, index, kStartDate), e.line, "start_date", diagnostics);
  e.end_date = DateField(Field(r, index, kEndDate), e.line, "end_date", diagnostics);
  e.license_requirement = TrimBlanks(Field(r, index, kRequirement));
  e.license_policy_text = TrimBlanks(Field(r, index, kPolicy));
  e.programs = TrimBlanks(Field(r, index, kPrograms));
  FinishEntry(e, diagnostics);
  return e;
}

bool ReadHeader(const CsvRecord& header, ColumnIndex& index, FileDiagnostics& diagnostics) {
  index = IndexHeader(header);
  bool ok = true;
  for (const Column c : {kSource, kName}) {
    if (index[c]) continue;
    diagnostics.At(Severity::kError, codes::kMissingColumn, header.first_line(), "",
                   fmt::format("the header has no `{}` column", kHeaders[c]));
    ok = false;
  }
  return ok;
}

}  // namespace

void ReadCslCsv(std::string_view text, std::uint32_t file_index, FileDiagnostics& diagnostics, PartyList& list) {
  ColumnIndex index;
  bool header = false;
  ForEachCsvRecord(text, diagnostics, [&](const CsvRecord& r) {
    if (header) {
      list.entries.push_back(ReadRow(r, index, file_index, diagnostics));
      return true;
    }
    header = true;
    return ReadHeader(r, index, diagnostics);
  });
  if (!header) diagnostics.File(codes::kMissingColumn, "the file has no header row naming the CSL columns");
}

}  // namespace chipgate::parties
