// The mapping file and flags (see audit_mapping.hpp). Diagnostics follow the catalog's style:
// a stable code, the place in the file, a did-you-mean for a misspelt column or catalog id.
//   A0100 unreadable  A0101 not TOML  A0102 unknown table  A0103 unknown column
//   A0104 not a string  A0105 unknown catalog id  (A0106-A0109: see mapping_detail.hpp)
#include <fmt/format.h>
#include <toml++/toml.h>

#include "audit/mapping_detail.hpp"
#include "audit/text.hpp"
#include "catalog/toml_file.hpp"
#include "audit/audit_mapping.hpp"
#include "text/regular_file.hpp"
#include "text/spelling.hpp"

namespace chipgate {
namespace {

using catalog_detail::TomlFile;

std::vector<std::string> ColumnKeys() {
  std::vector<std::string> keys;
  for (std::size_t i = 0; i < kAuditColumnCount; ++i) keys.emplace_back(AuditColumnKey(static_cast<AuditColumn>(i)));
  return keys;
}

std::vector<std::string> CatalogIds(const Catalog& catalog) {
  std::vector<std::string> ids;
  for (const auto& item : catalog.items()) ids.push_back(item.id);
  return ids;
}

Diagnostic WithHelp(Diagnostic d, const std::optional<std::string>& near, std::string otherwise) {
  d.help = near ? fmt::format("did you mean `{}`?", *near) : std::move(otherwise);
  return d;
}

// shipment_id = ["Sales Document", "Item"]: the id is the values joined (an ERP line's key).
void ReadCompositeId(TomlFile& file, const toml::array& parts, AuditMapping& mapping) {
  std::vector<std::string> headers;
  for (const auto& part : parts) {
    const auto* header = part.as_string();
    if (header == nullptr || audit_detail::Trim(header->get()).empty()) {
      file.Report(Error("A0104", "each part of a composite `shipment_id` must be a header name, as a non-empty string", file.SpanOf(part)));
      return;
    }
    headers.push_back(header->get());
  }
  if (headers.empty()) {
    file.Report(Error("A0104", "a composite `shipment_id` needs at least one header name", file.SpanOf(parts)));
    return;
  }
  mapping.shipment_id_parts = std::move(headers);
}

void ReadColumns(TomlFile& file, const toml::table& table, AuditMapping& mapping) {
  for (auto&& [key, node] : table) {
    const auto column = AuditColumnByKey(key.str());
    if (!column) {
      file.Report(WithHelp(Error("A0103", fmt::format("unknown column `{}`", key.str()), file.SpanOf(key)),
                           ClosestMatch(key.str(), ColumnKeys()), "the columns are listed in docs/audit.md"));
      continue;
    }
    if (*column == AuditColumn::kShipmentId && node.is_array()) {
      ReadCompositeId(file, *node.as_array(), mapping);
      continue;
    }
    const auto* header = node.as_string();
    if (header == nullptr || audit_detail::Trim(header->get()).empty()) {
      file.Report(Error("A0104", fmt::format("`{}` must be the header name in your log, as a non-empty string", key.str()), file.SpanOf(node)));
      continue;
    }
    mapping.headers[static_cast<std::size_t>(*column)] = header->get();
  }
}

void ReadItems(TomlFile& file, const toml::table& table, const Catalog& catalog, AuditMapping& mapping) {
  for (auto&& [key, node] : table) {
    const auto* id = node.as_string();
    if (id == nullptr) {
      file.Report(Error("A0104", fmt::format("part number `{}` must map to a catalog id string", key.str()), file.SpanOf(node)));
      continue;
    }
    if (!catalog.Find(id->get())) {
      file.Report(WithHelp(Error("A0105", fmt::format("`{}` is not a catalog id", id->get()), file.SpanOf(node)),
                           ClosestMatch(id->get(), CatalogIds(catalog)), "`chipgate catalog list` shows the ids"));
      continue;
    }
    mapping.items.emplace_back(std::string(key.str()), id->get());
  }
}

std::optional<std::pair<std::string, std::string>> SplitAssignment(std::string_view text) {
  const auto eq = text.find('=');
  if (eq == std::string_view::npos) return std::nullopt;
  const std::string_view left = audit_detail::Trim(text.substr(0, eq));
  const std::string_view right = audit_detail::Trim(text.substr(eq + 1));
  if (left.empty() || right.empty()) return std::nullopt;
  return std::pair{std::string(left), std::string(right)};
}

}  // namespace

std::vector<Diagnostic> LoadAuditMapping(const std::string& path, const Catalog& catalog, SourceSet& sources,
                                         AuditMapping& mapping) {
  constexpr std::size_t kMaxMappingFileBytes = std::size_t{4} << 20;
  std::string error;
  auto text = ReadRegularFile(path, kMaxMappingFileBytes, error);
  if (!text) {
    Diagnostic d = Error("A0100", fmt::format("cannot read the mapping file: {}", error));
    d.path = path;
    return {d};
  }
  return ParseAuditMapping(path, std::move(*text), catalog, sources, mapping);
}

std::vector<Diagnostic> ParseAuditMapping(const std::string& path, std::string text, const Catalog& catalog, SourceSet& sources,
                                          AuditMapping& mapping) {
  const std::uint32_t id = sources.Add(path, std::move(text));
  TomlFile file(sources, id);
  toml::table root;
  try {
    root = toml::parse(file.source().text(), std::string_view(file.source().path()));
  } catch (const toml::parse_error& e) {
    file.Report(Error("A0101", fmt::format("invalid TOML: {}", e.description()), file.SpanOf(e.source())));
    return file.TakeDiagnostics();
  }
  for (auto&& [key, node] : root) {
    const auto* table = node.as_table();
    if (key.str() == "columns" && table != nullptr) {
      ReadColumns(file, *table, mapping);
    } else if (key.str() == "items" && table != nullptr) {
      ReadItems(file, *table, catalog, mapping);
    } else if (key.str() == "format" && table != nullptr) {
      audit_detail::ReadFormat(file, *table, mapping);
    } else if (key.str() == "claims" && table != nullptr) {
      audit_detail::ReadClaims(file, *table, mapping);
    } else if (key.str() == "part_master" && table != nullptr) {
      audit_detail::ReadPartMasterTable(file, *table, path, catalog, mapping);
    } else {
      file.Report(WithHelp(Error("A0102", fmt::format("unknown key `{}`: a mapping file has [columns], [items], [format], [claims] and [part_master] tables", key.str()),
                                 file.SpanOf(key)),
                           std::nullopt, "see docs/audit.md, \"Mapping your own export\""));
    }
  }
  return file.TakeDiagnostics();
}

std::optional<std::string> AddColumnMapping(std::string_view assignment, AuditMapping& mapping) {
  const auto parts = SplitAssignment(assignment);
  if (!parts) return fmt::format("`{}` is not OURS=THEIRS, e.g. ship_date=Shipped On", assignment);
  const auto column = AuditColumnByKey(parts->first);
  if (!column) {
    const auto near = ClosestMatch(parts->first, ColumnKeys());
    return fmt::format("unknown column `{}`{}", parts->first, near ? fmt::format("; did you mean `{}`?", *near) : "");
  }
  mapping.headers[static_cast<std::size_t>(*column)] = parts->second;
  return std::nullopt;
}

std::optional<std::string> AddItemMapping(std::string_view assignment, const Catalog& catalog, AuditMapping& mapping) {
  const auto parts = SplitAssignment(assignment);
  if (!parts) return fmt::format("`{}` is not PART=CATALOG-ID, e.g. 900-21010-0000-000=nvidia-h100-sxm5-80gb", assignment);
  if (!catalog.Find(parts->second)) {
    const auto near = ClosestMatch(parts->second, CatalogIds(catalog));
    return fmt::format("`{}` is not a catalog id{}", parts->second, near ? fmt::format("; did you mean `{}`?", *near) : "");
  }
  mapping.items.emplace_back(parts->first, parts->second);
  return std::nullopt;
}

}  // namespace chipgate
