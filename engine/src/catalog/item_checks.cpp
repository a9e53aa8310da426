// Checks across the keys of one item file, made once the whole file is read: required keys and
// sources, dense figures that look sparse, and what a system may and may not have.
#include <fmt/format.h>

#include "catalog/catalog_codes.hpp"
#include "catalog/item_draft.hpp"
#include "catalog/schema_keys.hpp"

namespace chipgate::catalog_detail {
namespace {

void CheckRequiredKeys(ItemDraft& d) {
  for (const std::string_view key : {keys::kId, keys::kVendor, keys::kName, keys::kKind}) {
    if (d.Saw(key)) continue;
    Diagnostic e = Error(codes::kMissingKey, fmt::format("missing required key `{}`", key), d.file.Start());
    e.help = "every item needs `id`, `vendor`, `name` and `kind`";
    d.file.Report(std::move(e));
  }
  // A `sources` of the wrong type is already reported; saying "no sources" too would be noise.
  if (d.item.sources.empty() && !d.sources_unreadable) {
    Diagnostic e = Error(codes::kMissingSource, "no `[[sources]]`: every item must cite its sources",
                         d.file.Start());
    e.help = "add a `[[sources]]` table with a `title` (and a `url` when there is one)";
    d.file.Report(std::move(e));
  }
}

// Vendors headline structured-sparsity figures; a dense figure above the sparse one for the
// same precision is almost always a sparse number typed into [dense_tops].
void CheckDenseAgainstSparse(ItemDraft& d) {
  for (std::size_t i = 0; i < kPrecisionCount; ++i) {
    const auto& dense = d.item.dense_tops[i];
    const auto& sparse = d.item.sparse_tops[i];
    if (!dense || !sparse || *dense <= *sparse || !d.at.dense[i]) continue;
    const auto key = PrecisionKey(static_cast<Precision>(i));
    Diagnostic e = Error(codes::kDenseAboveSparse,
                         fmt::format("dense figure `dense_tops.{}` = {} exceeds the sparse one ({}): "
                                     "a sparse number entered as dense?",
                                     key, dense->ToString(6), sparse->ToString(6)),
                         *d.at.dense[i]);
    e.help = "TPP uses dense (no structured sparsity) figures; sparse ones are usually twice as large";
    d.file.Report(std::move(e));
  }
}

void CheckSystemShape(ItemDraft& d) {
  if (!d.kind_valid) return;
  const bool system = d.item.kind == ItemKind::kSystem;
  if (system && d.at.dense_table) {
    Diagnostic e = Error(codes::kDenseOnSystem, "`dense_tops` on an item of kind `system`", *d.at.dense_table);
    e.help = "3A090 measures integrated circuits: give figures on the items the system `contains`";
    d.file.Report(std::move(e));
  }
  if (!system && d.at.contains_table) {
    Diagnostic e = Error(codes::kContainsOnNonSystem,
                         fmt::format("`contains` on an item of kind `{}`", ItemKindKey(d.item.kind)),
                         *d.at.contains_table);
    e.help = "only a `system` contains other items: set `kind = \"system\"` or remove `[[contains]]`";
    d.file.Report(std::move(e));
  }
}

// A stated ECCN is only as good as the statement: the two keys come together, so every
// "stated by the vendor" in an answer can say where.
void CheckVendorEccn(ItemDraft& d) {
  const bool eccn = d.Saw(keys::kVendorEccn);
  const bool source = d.Saw(keys::kVendorEccnSource);
  if (eccn == source) return;
  Diagnostic e = Error(codes::kEccnSourcePairing,
                       eccn ? "`vendor_eccn` without `vendor_eccn_source`" : "`vendor_eccn_source` without `vendor_eccn`",
                       d.file.Start());
  e.help = eccn ? "say where the vendor states the ECCN: `vendor_eccn_source = \"...\"`"
                : "state the ECCN the source gives: `vendor_eccn = \"...\"`, or remove the source";
  d.file.Report(std::move(e));
}

}  // namespace

void CheckItem(ItemDraft& d) {
  CheckRequiredKeys(d);
  CheckVendorEccn(d);
  CheckDenseAgainstSparse(d);
  CheckSystemShape(d);
}

}  // namespace chipgate::catalog_detail
