// The parts of a mapping file beyond [columns] and [items] (see audit_mapping.hpp): the
// [format] settings of a real export, the company's [claims] words, and the [part_master] CSV.
// Each reads one table into the mapping and reports into the file's diagnostics.
//   A0106 a [format] value chipgate cannot use  A0107 a claim word that maps to nothing
//   A0108 part master unreadable or its header  A0109 a part master row
#pragma once

#include <toml++/toml.h>

#include <string>

#include "catalog/toml_file.hpp"
#include "audit/audit_mapping.hpp"
#include "catalog/catalog.hpp"

namespace chipgate::audit_detail {

void ReadFormat(catalog_detail::TomlFile& file, const toml::table& table, AuditMapping& mapping);
void ReadClaims(catalog_detail::TomlFile& file, const toml::table& table, AuditMapping& mapping);
// `mapping_path` locates a relative `path`. Rows go to mapping.items; at most 20 row errors
// are listed, then a count of the rest.
void ReadPartMasterTable(catalog_detail::TomlFile& file, const toml::table& table, const std::string& mapping_path, const Catalog& catalog,
                         AuditMapping& mapping);

// Streams a part master CSV (a header row naming `part_column` and `id_column`, any other
// columns ignored) into mapping.items. Diagnostics carry "path:line" (the file is not kept).
std::vector<Diagnostic> ReadPartMaster(const std::string& path, const std::string& part_column, const std::string& id_column,
                                       const Catalog& catalog, AuditMapping& mapping);

}  // namespace chipgate::audit_detail
