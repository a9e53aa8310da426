// Binding a user's own export to the audit without editing it: which header holds each of
// chipgate's columns, and which catalog id each of their part numbers stands for. From a small
// TOML file (`--map FILE.toml`) or from flags (`--map-column ours=theirs`,
// `--map-item theirs=catalog-id`):
//
//   [columns]
//   shipment_id = "Order No"
//   ship_date = "Shipped"
//
//   [items]
//   "900-21010-0000-000" = "nvidia-h100-sxm5-80gb"
//
// Unknown column names and catalog ids are errors with a did-you-mean, pointing into the file.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "audit/audit_format.hpp"
#include "audit/columns.hpp"
#include "catalog/catalog.hpp"
#include "chipgate/diagnostic.hpp"
#include "chipgate/source.hpp"

namespace chipgate {

// How a user's export maps onto chipgate's columns and catalog ids, without editing it.
struct AuditMapping {
  // The header to read for each column; empty = the column's key. Matched trimmed and ASCII
  // case-insensitively, like every header name.
  std::array<std::string, kAuditColumnCount> headers;
  // The user's part numbers (matched trimmed and case-insensitively) and the catalog ids they
  // stand for. Catalog ids themselves always match.
  std::vector<std::pair<std::string, std::string>> items;
  // The company's claim words (matched trimmed and case-insensitively) and what they mean in
  // chipgate's vocabulary: "NLR", an exception code or a license number ("EAR99" → "NLR").
  std::vector<std::pair<std::string, std::string>> claims;
  // A composite shipment id: these headers' values joined with `id_separator` (for a sales
  // document + item export). Empty: the shipment_id column.
  std::vector<std::string> shipment_id_parts;
  std::string id_separator = "/";
  char delimiter = 0;      // 0: detected from the header line
  DateFormat date_format;  // default YYYY-MM-DD
  NumberFormat number_format;
  bool country_names = false;  // also read country names ("China", "Viet Nam") as ISO codes
};

// Reads a mapping file into `mapping` (later entries replace earlier ones for the same column
// or part number). The file is added to `sources`, so diagnostics point into it.
std::vector<Diagnostic> LoadAuditMapping(const std::string& path, const Catalog& catalog, SourceSet& sources,
                                         AuditMapping& mapping);

// The same from the file's text (for tests and fuzzing); `path` names it and locates a
// relative [part_master] path.
std::vector<Diagnostic> ParseAuditMapping(const std::string& path, std::string text, const Catalog& catalog, SourceSet& sources,
                                          AuditMapping& mapping);

// `ours=theirs`, e.g. "ship_date=Shipped On". An error message when malformed or unknown.
std::optional<std::string> AddColumnMapping(std::string_view assignment, AuditMapping& mapping);
// `theirs=catalog-id`, e.g. "900-21010-0000-000=nvidia-h100-sxm5-80gb".
std::optional<std::string> AddItemMapping(std::string_view assignment, const Catalog& catalog, AuditMapping& mapping);

}  // namespace chipgate
