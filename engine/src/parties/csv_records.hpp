// The record loop both CSV list readers share: every well-formed record goes to `each` (which
// returns false to stop); a malformed one is reported at its first line and reading resumes
// on the next line, as the project's CSV reader does.
#pragma once

#include <fmt/format.h>

#include <string_view>

#include "audit/csv.hpp"
#include "parties/codes.hpp"
#include "parties/entry_fields.hpp"
#include "parties/view_stream.hpp"

namespace chipgate::parties {

template <class Each>
void ForEachCsvRecord(std::string_view text, FileDiagnostics& diagnostics, Each each) {
  ViewStream in(text);
  CsvReader csv(in);
  for (CsvStep step = csv.Next(); step != CsvStep::kEnd; step = csv.Next()) {
    if (step == CsvStep::kRecord) {
      if (!each(csv.record())) return;
      continue;
    }
    const CsvError& e = csv.error();
    diagnostics.At(Severity::kError, codes::kMalformedCsv, e.first_line, "",
                   fmt::format("malformed CSV record: {} (line {}, field {})", Describe(e.kind), e.line, e.field));
    if (e.kind == CsvErrorKind::kReadFailed) return;
  }
}

}  // namespace chipgate::parties
