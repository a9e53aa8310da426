// OFAC's legacy SDN CSV (`sdn.csv`: ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign,
// Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks; no header; "-0-" is empty) and its
// aliases file (`alt.csv`: ent_num, alt_num, alt_type, alt_name, alt_remarks). OFAC ends both
// files with a lone Ctrl-Z line, which is skipped. Countries live in add.csv, which is not
// read: SDN entries match on names alone.
#include <fmt/format.h>

#include <unordered_map>

#include "parties/codes.hpp"
#include "parties/csv_records.hpp"
#include "parties/readers.hpp"

namespace chipgate::parties {
namespace {

constexpr std::size_t kSdnFields = 12;
constexpr std::size_t kAltFields = 4;  // alt_remarks may be missing

std::string_view Value(std::string_view field) {
  field = TrimBlanks(field);
  return field == "-0-" ? std::string_view() : field;
}

bool IsEndMarker(const CsvRecord& r) { return r.size() == 1 && TrimBlanks(r[0]) == "\x1A"; }

// "SDGT] [IFSR" (how sdn.csv writes several programs) -> "SDGT; IFSR".
std::string Programs(std::string_view field) {
  std::string out;
  for (const char c : Value(field)) {
    if (c == '[') continue;
    if (c == ']') {
      out += ";";
      continue;
    }
    out.push_back(c);
  }
  std::string joined;
  for (const std::string& p : SplitTrimmed(out, ';')) joined += (joined.empty() ? "" : "; ") + p;
  return joined;
}

// Runs `each` on every record with at least `min_fields` fields; reports shorter ones.
template <class Each>
void ForEachRecord(std::string_view text, std::size_t min_fields, FileDiagnostics& diagnostics, Each each) {
  ForEachCsvRecord(text, diagnostics, [&](const CsvRecord& r) {
    if (IsEndMarker(r)) return true;
    if (r.size() < min_fields) {
      diagnostics.At(Severity::kError, codes::kSdnFields, r.first_line(), "",
                     fmt::format("expected {} fields, found {}", min_fields, r.size()));
      return true;
    }
    each(r);
    return true;
  });
}

}  // namespace

void ReadSdnCsv(std::string_view text, std::uint32_t file_index, FileDiagnostics& diagnostics,
                std::optional<SdnAliases> alt, PartyList& list) {
  std::unordered_map<std::string, std::size_t> by_number;  // ent_num -> index in list.entries
  ForEachRecord(text, kSdnFields, diagnostics, [&](const CsvRecord& r) {
    Entry e;
    e.list = SourceList::kSdn;
    e.source = "Specially Designated Nationals (SDN) - Treasury Department";
    e.file = file_index;
    e.line = r.first_line();
    e.id = Value(r[0]);
    e.name = Value(r[1]);
    e.programs = Programs(r[3]);
    FinishEntry(e, diagnostics);
    by_number.emplace(e.id, list.entries.size());
    list.entries.push_back(std::move(e));
  });
  if (!alt) return;
  ForEachRecord(alt->text, kAltFields, *alt->diagnostics, [&](const CsvRecord& r) {
    const auto it = by_number.find(std::string(Value(r[0])));
    const std::string_view name = Value(r[3]);
    if (it != by_number.end() && !name.empty()) list.entries[it->second].aliases.emplace_back(name);
  });
}

}  // namespace chipgate::parties
