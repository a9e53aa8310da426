// The hardware catalog: accelerators, HBM stacks and systems, loaded from TOML files (one per
// product) and validated against the schema documented in docs/catalog.md.
//
// A value that is unknown is absent (std::nullopt), never zero: the rules treat absent inputs
// as unknown and fail closed. Numbers are exact Rationals, recovered from the decimal the author
// wrote.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "chipgate/rational.hpp"
#include "chipgate/result.hpp"
#include "chipgate/source.hpp"
#include "core/unit.hpp"
#include "chipgate/vocabulary.hpp"

namespace chipgate {

enum class ItemKind : std::uint8_t { kIc, kHbm, kSystem };
std::string_view ItemKindKey(ItemKind kind);  // "ic" | "hbm" | "system"
std::optional<ItemKind> ItemKindByKey(std::string_view key);


// Top-level numeric keys of an item file. Units are part of the public format (and of the key
// names); the rule checker reads them from here.
enum class NumberField : std::uint8_t {
  kReleaseYear,
  kProcessNm,
  kTransistorsBillion,
  kDieAreaMm2,
  kInterconnectBidirGbps,
  kHostIoBidirGbps,
  kMemoryGb,
  kMemoryBandwidthGbps,
  kTdpW,
  kPackageAreaMm2,
  kCount
};
constexpr std::size_t kNumberFieldCount = static_cast<std::size_t>(NumberField::kCount);

struct NumberFieldInfo {
  NumberField field;
  std::string_view key;      // "die_area_mm2"
  Unit unit;
  bool integer;              // must be a whole number (release_year)
  bool zero_allowed;         // 0 is meaningful (e.g. "no chip-to-chip link"), not "unknown"
  Rational min;              // smaller non-zero values are implausible (release_year 1990)
  Rational max;              // larger values are implausible (a typo or a wrong unit)
  std::string_view meaning;  // one line for docs and `catalog show`
};
std::span<const NumberFieldInfo> NumberFields();  // in NumberField order
const NumberFieldInfo& InfoOf(NumberField field);
std::optional<NumberField> NumberFieldByKey(std::string_view key);

struct SourceRef {
  std::string title;
  std::string url;  // may be empty when the source is a document without a stable address
};

struct Contained {
  std::string item;  // id of another catalog item
  std::int64_t count = 1;
  Span span;
};

struct Item {
  std::string id;      // lower-case slug, unique in the catalog
  std::string vendor;
  std::string name;
  ItemKind kind = ItemKind::kIc;
  std::optional<bool> datacenter;  // designed or marketed for use in datacenters
  std::array<std::optional<Rational>, kNumberFieldCount> numbers{};
  std::array<std::optional<Rational>, kPrecisionCount> dense_tops{};
  std::array<std::optional<Rational>, kPrecisionCount> sparse_tops{};
  std::string memory_type;  // empty when unknown
  // The ECCN the vendor states for the product ("4A090", "3A991.p", "EAR99") and where it says
  // so; both empty when no statement is recorded. chipgate derives its own classification from
  // the figures either way; the rules may also apply the stated one (fail closed).
  std::string vendor_eccn;
  std::string vendor_eccn_source;
  // Classified as a mass-market encryption commodity under 15 CFR 740.17(b) (ECCN 5A992.c);
  // absent: no such classification is recorded (the rules read that as "no", see docs/catalog.md).
  std::optional<bool> mass_market_encryption;
  std::vector<Contained> contains;
  std::vector<SourceRef> sources;
  std::string notes;
  std::string confidence;  // "high" | "medium" | "low" | empty
  Span span;               // the file it was loaded from (begin = 0)

  const std::optional<Rational>& number(NumberField f) const {
    return numbers[static_cast<std::size_t>(f)];
  }
  const std::optional<Rational>& dense(Precision p) const {
    return dense_tops[static_cast<std::size_t>(p)];
  }
};

class Catalog {
 public:
  Catalog() = default;
  explicit Catalog(std::vector<Item> items);  // sorts by id; ids must be unique

  const std::vector<Item>& items() const { return items_; }
  std::size_t size() const { return items_.size(); }
  const Item* Find(std::string_view id) const;
  std::optional<std::size_t> IndexOf(std::string_view id) const;

 private:
  std::vector<Item> items_;
};

// Loads catalog layers. Each path is a .toml file or a folder searched recursively for .toml
// files. Ids must be unique within a layer; an item in a later layer replaces the item with the
// same id from an earlier layer (that is how `--catalog my-design.toml` overrides a bundled
// entry). Every file read is added to `sources`, so diagnostics point into it
// (file:line:column plus the key). Returns the catalog only if there were no errors.
Result<Catalog> LoadCatalog(const std::vector<std::string>& layers, SourceSet& sources);

// SHA-256 over the contents of the files the catalog's items came from (sorted, so independent
// of where the files live): the catalog half of a decision's provenance.
std::string CatalogHash(const Catalog& catalog, const SourceSet& sources);

}  // namespace chipgate
