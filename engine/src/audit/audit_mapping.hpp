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

#include <string>
#include <string_view>
#include <vector>

#include "audit/audit.hpp"
#include "catalog/catalog.hpp"
#include "chipgate/diagnostic.hpp"
#include "chipgate/source.hpp"

namespace chipgate {

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
