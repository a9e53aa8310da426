// The tables of an item file: [dense_tops] / [sparse_tops] (one figure per precision),
// [[sources]] (title, url) and [[contains]] (item, count). See item_draft.hpp.
#include <fmt/format.h>

#include "catalog/catalog_codes.hpp"
#include "catalog/item_draft.hpp"
#include "catalog/schema_keys.hpp"
#include "catalog/toml_values.hpp"

namespace chipgate::catalog_detail {
namespace {

// The entries of an array of tables, or nothing (reported) when `node` is something else. An
// empty array is fine here; whoever needs entries says so.
const toml::array* TablesOf(ItemDraft& d, std::string_view key, const toml::node& node) {
  const toml::array* array = node.as_array();
  if (array != nullptr && (array->empty() || array->is_array_of_tables())) return array;
  ReportWrongType(d.file, key, fmt::format("an array of tables (`[[{}]]`)", key), node);
  return nullptr;
}

void ReadSource(ItemDraft& d, const toml::table& entry) {
  SourceRef ref;
  bool has_title = false;
  for (auto&& [key, node] : entry) {
    if (key.str() == keys::kTitle) {
      has_title = true;
      ref.title = ReadString(d.file, "sources.title", node).value_or("");
      if (ref.title.empty() && node.is_string()) {
        d.file.Report(Error(codes::kMissingSource, "`sources.title` is empty", d.file.SpanOf(node)));
      }
    } else if (key.str() == keys::kUrl) {
      ref.url = ReadString(d.file, "sources.url", node).value_or("");
    } else {
      ReportUnknownKey(d.file, key, "[[sources]]", {keys::kTitle, keys::kUrl});
    }
  }
  if (!has_title) {
    d.file.Report(Error(codes::kMissingSource, "a `[[sources]]` entry has no `title`",
                        d.file.SpanOf(entry)));
  }
  // Kept even when broken, so the missing title is not also reported as "no sources".
  d.item.sources.push_back(std::move(ref));
}

// The `count` of a [[contains]] entry: a whole number of at least 1.
std::optional<std::int64_t> ReadCount(ItemDraft& d, const toml::node& node) {
  const auto count = ReadInteger(d.file, "contains.count", node);
  if (!count || *count >= 1) return count;
  Diagnostic e = Error(codes::kBadCount,
                       fmt::format("`contains.count` must be at least 1 (got {})", *count),
                       d.file.SpanOf(node));
  e.help = "leave out an item the system does not contain";
  d.file.Report(std::move(e));
  return std::nullopt;
}

void ReadContained(ItemDraft& d, const toml::table& entry) {
  Contained contained;
  bool has_item = false;
  bool ok = true;
  for (auto&& [key, node] : entry) {
    if (key.str() == keys::kItem) {
      has_item = true;
      const auto id = ReadString(d.file, "contains.item", node);
      ok = ok && id.has_value();
      contained.item = id.value_or("");
      contained.span = d.file.SpanOf(node);
    } else if (key.str() == keys::kCount) {
      const auto count = ReadCount(d, node);
      ok = ok && count.has_value();
      contained.count = count.value_or(1);
    } else {
      ReportUnknownKey(d.file, key, "[[contains]]", {keys::kItem, keys::kCount});
    }
  }
  if (!has_item) {
    d.file.Report(Error(codes::kMissingKey, "a `[[contains]]` entry has no `item`",
                        d.file.SpanOf(entry)));
  }
  if (has_item && ok) d.item.contains.push_back(std::move(contained));
}

}  // namespace

void ReadTops(ItemDraft& d, const toml::node& node, bool dense) {
  const std::string_view table_key = dense ? keys::kDenseTops : keys::kSparseTops;
  const toml::table* table = node.as_table();
  if (table == nullptr) {
    ReportWrongType(d.file, table_key, fmt::format("a table (`[{}]`)", table_key), node);
    return;
  }
  if (dense) d.at.dense_table = d.file.SpanOf(node);
  auto& figures = dense ? d.item.dense_tops : d.item.sparse_tops;
  for (auto&& [key, value] : *table) {
    const auto precision = PrecisionByKey(key.str());
    if (!precision) {
      ReportUnknownKey(d.file, key, fmt::format("[{}]", table_key), PrecisionKeys());
      continue;
    }
    const auto i = static_cast<std::size_t>(*precision);
    figures[i] = ReadNumber(d.file, fmt::format("{}.{}", table_key, key.str()), TopsRule(), value);
    if (dense && figures[i]) d.at.dense[i] = d.file.SpanOf(value);
  }
}

void ReadSources(ItemDraft& d, const toml::node& node) {
  const toml::array* entries = TablesOf(d, keys::kSources, node);
  d.sources_unreadable = entries == nullptr;
  if (entries == nullptr) return;
  for (const toml::node& entry : *entries) ReadSource(d, *entry.as_table());
}

void ReadContains(ItemDraft& d, const toml::node& node) {
  d.at.contains_table = d.file.SpanOf(node);
  if (const toml::array* entries = TablesOf(d, keys::kContains, node)) {
    for (const toml::node& entry : *entries) ReadContained(d, *entry.as_table());
  }
}

}  // namespace chipgate::catalog_detail
