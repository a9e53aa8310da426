// The three list readers. Each reads one file already in `sources` (so diagnostics can quote
// its lines), appends its entries to `list` with `Entry::file` = `file_index`, and reports
// problems through `diagnostics`. None throws for bad input; each is linear in the input.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "chipgate/parties.hpp"
#include "parties/entry_fields.hpp"

namespace chipgate::parties {

// trade.gov CSL CSV: a header row naming the columns (at least `source` and `name`).
void ReadCslCsv(std::string_view text, std::uint32_t file_index, FileDiagnostics& diagnostics, PartyList& list);

// trade.gov CSL JSON: an object with a `results` array. Returns the list date the file states
// (the newest `sources_used[].source_last_updated`, else nothing).
std::optional<Date> ReadCslJson(std::string_view text, std::uint32_t file_index, FileDiagnostics& diagnostics,
                                PartyList& list);

// OFAC sdn.csv (no header). `alt` is the matching alt.csv, when there is one.
struct SdnAliases {
  std::string_view text;
  FileDiagnostics* diagnostics = nullptr;
};
void ReadSdnCsv(std::string_view text, std::uint32_t file_index, FileDiagnostics& diagnostics,
                std::optional<SdnAliases> alt, PartyList& list);

}  // namespace chipgate::parties
