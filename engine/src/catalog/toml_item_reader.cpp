// The top level of an item file: parses the TOML, dispatches each key to its reader, and
// validates the identity keys (id, kind, confidence). See toml_item_reader.hpp.
#include "catalog/toml_item_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "catalog/catalog_codes.hpp"
#include "catalog/item_draft.hpp"
#include "catalog/schema_keys.hpp"
#include "catalog/toml_values.hpp"
#include "text/spelling.hpp"

namespace chipgate::catalog_detail {
namespace {

bool IsValidId(std::string_view id) {
  auto allowed = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  if (id.empty() || !allowed(id.front())) return false;
  for (const char c : id) {
    if (!allowed(c) && c != '-') return false;
  }
  return true;
}

void SetId(ItemDraft& d, std::string value, Span span) {
  d.at.id = span;
  if (!IsValidId(value)) {
    Diagnostic e = Error(codes::kInvalidId, fmt::format("invalid id `{}`", value), span);
    e.help = "ids are lower-case letters, digits and `-`, starting with a letter or digit "
             "(e.g. `nvidia-h100-sxm5-80gb`)";
    d.file.Report(std::move(e));
    return;
  }
  d.item.id = std::move(value);
  d.id_valid = true;
}

void SetKind(ItemDraft& d, const std::string& value, Span span) {
  if (auto kind = ItemKindByKey(value)) {
    d.item.kind = *kind;
    d.kind_valid = true;
    return;
  }
  Diagnostic e = Error(codes::kInvalidKind, fmt::format("invalid `kind` `{}`", value), span);
  e.help = "expected `ic`, `hbm` or `system`";
  if (auto guess = ClosestMatch(value, KindKeys())) e.help = fmt::format("did you mean `{}`?", *guess);
  d.file.Report(std::move(e));
}

void SetConfidence(ItemDraft& d, std::string value, Span span) {
  for (const std::string_view allowed : keys::kConfidenceValues) {
    if (value == allowed) {
      d.item.confidence = std::move(value);
      return;
    }
  }
  Diagnostic e = Error(codes::kInvalidConfidence, fmt::format("invalid `confidence` `{}`", value), span);
  e.help = "expected `high`, `medium` or `low`";
  d.file.Report(std::move(e));
}

// An ECCN as the CCL writes it (digit, category letter, three digits, then `.`-separated
// paragraphs: `3A090`, `4A994.l`, `5A992.z.1`), or EAR99.
bool IsEccnText(std::string_view t) {
  if (t == "EAR99") return true;
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  auto segment_char = [&](char c) { return digit(c) || (c >= 'a' && c <= 'z'); };
  if (t.size() < 5 || !digit(t[0]) || t[1] < 'A' || t[1] > 'E' || !digit(t[2]) || !digit(t[3]) || !digit(t[4])) return false;
  std::size_t i = 5;
  while (i < t.size()) {
    if (t[i] != '.') return false;
    const std::size_t start = ++i;
    while (i < t.size() && segment_char(t[i])) ++i;
    if (i == start) return false;
  }
  return true;
}

void SetVendorEccn(ItemDraft& d, std::string value, Span span) {
  if (!IsEccnText(value)) {
    Diagnostic e = Error(codes::kInvalidEccn, fmt::format("`vendor_eccn` `{}` is not an ECCN", value), span);
    e.help = "write the ECCN as the CCL does (`3A090`, `4A994.l`, `5A992.c`), or `EAR99`";
    d.file.Report(std::move(e));
    return;
  }
  d.item.vendor_eccn = std::move(value);
}

// The plain text keys; nullptr for keys that are not.
std::string* TextSlot(Item& item, std::string_view key) {
  if (key == keys::kVendor) return &item.vendor;
  if (key == keys::kName) return &item.name;
  if (key == keys::kMemoryType) return &item.memory_type;
  if (key == keys::kVendorEccnSource) return &item.vendor_eccn_source;
  if (key == keys::kNotes) return &item.notes;
  return nullptr;
}

void ReadStringKey(ItemDraft& d, std::string_view key, const toml::node& node) {
  auto value = ReadString(d.file, key, node);
  if (!value) return;
  const Span span = d.file.SpanOf(node);
  if (key == keys::kId) return SetId(d, std::move(*value), span);
  if (key == keys::kKind) return SetKind(d, *value, span);
  if (key == keys::kConfidence) return SetConfidence(d, std::move(*value), span);
  if (key == keys::kVendorEccn) return SetVendorEccn(d, std::move(*value), span);
  if (value->empty() && (key == keys::kVendor || key == keys::kName)) {
    d.file.Report(Error(codes::kMissingKey, fmt::format("`{}` is empty", key), span));
    return;
  }
  *TextSlot(d.item, key) = std::move(*value);
}

bool IsStringKey(std::string_view key) {
  return key == keys::kId || key == keys::kKind || key == keys::kConfidence ||
         key == keys::kVendor || key == keys::kName || key == keys::kMemoryType ||
         key == keys::kVendorEccn || key == keys::kVendorEccnSource || key == keys::kNotes;
}

void ReportUnknownTopLevel(ItemDraft& d, const toml::key& key) {
  if (PrecisionByKey(key.str())) {
    Diagnostic e = Error(codes::kUnknownKey, fmt::format("unknown key `{}`", key.str()), d.file.SpanOf(key));
    e.help = "throughput figures go in the `[dense_tops]` (or `[sparse_tops]`) table";
    d.file.Report(std::move(e));
    return;
  }
  ReportUnknownKey(d.file, key, "", TopLevelKeys());
}

void ReadTopLevelKey(ItemDraft& d, const toml::key& key, const toml::node& node) {
  const std::string_view k = key.str();
  d.seen_keys.push_back(k);
  if (IsStringKey(k)) {
    ReadStringKey(d, k, node);
  } else if (k == keys::kDatacenter) {
    d.item.datacenter = ReadBool(d.file, k, node);
  } else if (k == keys::kMassMarketEncryption) {
    d.item.mass_market_encryption = ReadBool(d.file, k, node);
  } else if (k == keys::kDenseTops || k == keys::kSparseTops) {
    ReadTops(d, node, k == keys::kDenseTops);
  } else if (k == keys::kSources) {
    ReadSources(d, node);
  } else if (k == keys::kContains) {
    ReadContains(d, node);
  } else if (auto field = NumberFieldByKey(k)) {
    d.item.numbers[static_cast<std::size_t>(*field)] = ReadNumber(d.file, k, RuleOf(InfoOf(*field)), node);
  } else {
    ReportUnknownTopLevel(d, key);
  }
}

// toml++ says "Error while parsing ...: cannot redefine existing integer 'tdp_w'"; our messages
// are lower-case with names in backticks, so balanced single quotes become backticks.
std::string SyntaxMessage(std::string_view description) {
  std::string what(description);
  if (!what.empty()) what[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(what[0])));
  if (std::count(what.begin(), what.end(), '\'') % 2 == 0) {
    std::replace(what.begin(), what.end(), '\'', '`');
  }
  return "invalid TOML: " + what;
}

std::optional<toml::table> Parse(TomlFile& file) {
  try {
    return toml::parse(file.source().text(), std::string_view(file.source().path()));
  } catch (const toml::parse_error& e) {
    file.Report(Error(codes::kSyntax, SyntaxMessage(e.description()), file.SpanOf(e.source())));
    return std::nullopt;
  }
}

}  // namespace

ItemFile ReadItemFile(const SourceSet& sources, std::uint32_t file_id) {
  TomlFile file(sources, file_id);
  ItemFile out;
  const std::optional<toml::table> root = Parse(file);
  if (root) {
    ItemDraft draft(file);
    draft.item.span = Span{file_id, 0, 0};
    for (auto&& [key, node] : *root) ReadTopLevelKey(draft, key, node);
    CheckItem(draft);
    if (draft.id_valid) out.item = std::move(draft.item);
    out.at = draft.at;
  }
  out.diagnostics = file.TakeDiagnostics();
  return out;
}

}  // namespace chipgate::catalog_detail
