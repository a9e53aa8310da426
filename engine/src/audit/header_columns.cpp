// Header resolution (see header_columns.hpp). Names match trimmed, ASCII case-insensitively and
// with spaces, hyphens and underscores alike, so "Ship Date", "ship-date" and "SHIP_DATE" all
// find ship_date. A duplicated header only matters for a column we read (an export may well
// have two "Notes" columns); a column the user mapped explicitly must exist even when it is
// optional, because they asked for it.
#include "audit/header_columns.hpp"

#include <fmt/format.h>

#include <optional>

#include "audit/text.hpp"

namespace chipgate::audit_detail {
namespace {

std::string HeaderFor(const AuditMapping& mapping, AuditColumn c) {
  const std::string& mapped = mapping.headers[static_cast<std::size_t>(c)];
  return mapped.empty() ? std::string(AuditColumnKey(c)) : mapped;
}

std::string Described(const AuditMapping& mapping, AuditColumn c) {
  const std::string header = HeaderFor(mapping, c);
  return header == AuditColumnKey(c) ? fmt::format("`{}`", header) : fmt::format("`{}` (mapped to {})", header, AuditColumnKey(c));
}

std::string AbsentNote(AuditColumn c) {
  switch (c) {
    case AuditColumn::kEndUserHq:
      return "no `end_user_hq` column: every end user's headquarters is unknown, so rows that depend on it are indeterminate";
    case AuditColumn::kClaimed:
      return "no `claimed` column: every row is compared as if nothing was claimed (NLR)";
    case AuditColumn::kExporterHq:
      return "no `exporter_hq` column: License Exception HBM is undecided unless --exporter-hq is given";
    default: return {};
  }
}

std::string Key(std::string_view name) {
  std::string key = AsciiLower(Trim(name));
  for (char& c : key) {
    if (c == ' ' || c == '-') c = '_';
  }
  return key;
}

// One field that holds another delimiter means the delimiter is wrong, not six columns missing.
std::optional<std::string> DelimiterProblem(const CsvRecord& header, char delimiter) {
  if (header.size() != 1) return std::nullopt;
  for (const char c : {',', ';', '\t', '|'}) {
    if (c != delimiter && header[0].find(c) != std::string_view::npos) {
      return fmt::format("the header row is one field read with delimiter `{}` but contains `{}`: set delimiter in the mapping file's [format]",
                         delimiter == '\t' ? "\\t" : std::string(1, delimiter), c == '\t' ? "\\t" : std::string(1, c));
    }
  }
  return std::nullopt;
}

std::vector<std::size_t> FieldsNamed(const std::vector<std::string>& keys, const std::string& name) {
  const std::string key = Key(name);
  std::vector<std::size_t> found;
  for (std::size_t f = 0; f < keys.size(); ++f) {
    if (!key.empty() && keys[f] == key) found.push_back(f);
  }
  return found;
}

void ResolveIdParts(const std::vector<std::string>& keys, const AuditMapping& mapping, HeaderResolution& out) {
  for (const auto& part : mapping.shipment_id_parts) {
    const auto found = FieldsNamed(keys, part);
    if (found.empty()) out.problems.push_back(fmt::format("the header has no column `{}`, which the mapping names as part of shipment_id", part));
    if (found.size() > 1) out.problems.push_back(fmt::format("the header names column `{}` (part of shipment_id) twice", part));
    if (!found.empty()) out.index.id_parts.push_back(found.front());
  }
}

}  // namespace

HeaderResolution ResolveHeader(const CsvRecord& header, const AuditMapping& mapping, char delimiter) {
  HeaderResolution out;
  out.index.field_count = header.size();
  if (auto problem = DelimiterProblem(header, delimiter)) {
    out.problems.push_back(std::move(*problem));
    return out;
  }
  std::vector<std::string> keys;
  for (std::size_t f = 0; f < header.size(); ++f) keys.push_back(Key(header[f]));
  ResolveIdParts(keys, mapping, out);
  const bool composite = !mapping.shipment_id_parts.empty();
  for (std::size_t i = 0; i < kAuditColumnCount; ++i) {
    const auto c = static_cast<AuditColumn>(i);
    if (composite && c == AuditColumn::kShipmentId) continue;
    const std::string name = HeaderFor(mapping, c);
    const std::vector<std::size_t> found = FieldsNamed(keys, name);
    if (!found.empty()) out.index.at[i] = found.front();
    if (found.size() > 1) {
      out.problems.push_back(fmt::format("the header names column {} twice (fields {} and {}); which one to read is ambiguous",
                                         Described(mapping, c), found[0] + 1, found[1] + 1));
    }
    if (found.empty()) {
      if (AuditColumnRequired(c)) {
        out.problems.push_back(fmt::format("the header has no column {}, which is required", Described(mapping, c)));
      } else if (!mapping.headers[i].empty()) {
        out.problems.push_back(fmt::format("the header has no column {}, which the mapping names", Described(mapping, c)));
      } else if (std::string note = AbsentNote(c); !note.empty()) {
        out.notes.push_back(std::move(note));  // consignee and purchaser are seldom in a log: no note
      }
    }
    for (std::size_t j = 0; j < i; ++j) {
      if (out.index.at[i] && out.index.at[j] == out.index.at[i]) {
        out.problems.push_back(fmt::format("columns `{}` and `{}` are both read from the header field `{}`", AuditColumnKey(static_cast<AuditColumn>(j)),
                                           AuditColumnKey(c), name));
      }
    }
  }
  return out;
}

}  // namespace chipgate::audit_detail
