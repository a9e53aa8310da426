// The catalog schema: the public key names of an item file, their units and plausibility
// bounds. This table is the single place the TOML format is defined; the loader, `catalog show`
// and (later) the rule checker read units and meanings from here.
#include <array>

#include "catalog/schema_keys.hpp"
#include "catalog/catalog.hpp"

namespace chipgate {
namespace {

constexpr std::array<std::string_view, kPrecisionCount> kPrecisionKeys = {
    "fp64", "fp32", "tf32", "fp16", "bf16", "fp8", "fp6", "int8", "int4", "fp4"};
constexpr std::array<std::string_view, 3> kKindKeys = {"ic", "hbm", "system"};

using R = Rational;

// Bounds are generous: they exist to catch a wrong unit (TB/s typed as GB/s, cm2 as mm2) or a
// slipped digit, not to second-guess real parts. Wafer-scale parts set several of them (die
// ~46225 mm2, SRAM bandwidth ~21,000,000 GB/s).
std::array<NumberFieldInfo, kNumberFieldCount> MakeNumberFields() {
  return {{
      {NumberField::kReleaseYear, "release_year", units::kYear, true, false, R(1990), R(2040),
       "launch or first-availability year"},
      {NumberField::kProcessNm, "process_nm", units::kNm, false, false, R(1), R(1000),
       "nominal process node of the compute dies"},
      {NumberField::kTransistorsBillion, "transistors_billion", units::kGtransistor, false, false,
       R(0), R(10000), "transistors summed over every die in the package"},
      {NumberField::kDieAreaMm2, "die_area_mm2", units::kMm2, false, false, R(0), R(100000),
       "applicable die area for PD: every logic die on a non-planar node, memory excluded"},
      {NumberField::kInterconnectBidirGbps, "interconnect_bidir_gbps", units::kGBps, false, true,
       R(0), R(100000000), "aggregate bidirectional chip-to-chip bandwidth (0 = no such link)"},
      {NumberField::kHostIoBidirGbps, "host_io_bidir_gbps", units::kGBps, false, true, R(0),
       R(100000000), "bidirectional host link bandwidth (0 = no host link)"},
      {NumberField::kMemoryGb, "memory_gb", units::kGB, false, false, R(0), R(1000000),
       "memory capacity"},
      {NumberField::kMemoryBandwidthGbps, "memory_bandwidth_gbps", units::kGBps, false, false,
       R(0), R(100000000), "peak DRAM/HBM bandwidth (on-chip SRAM for SRAM-only parts)"},
      {NumberField::kTdpW, "tdp_w", units::kWatt, false, false, R(0), R(50000),
       "board or module thermal design power"},
      {NumberField::kPackageAreaMm2, "package_area_mm2", units::kMm2, false, false, R(0),
       R(100000), "package area (HBM bandwidth density)"},
  }};
}

}  // namespace

std::string_view ItemKindKey(ItemKind kind) { return kKindKeys[static_cast<std::size_t>(kind)]; }

std::optional<ItemKind> ItemKindByKey(std::string_view key) {
  for (std::size_t i = 0; i < kKindKeys.size(); ++i) {
    if (kKindKeys[i] == key) return static_cast<ItemKind>(i);
  }
  return std::nullopt;
}

std::string_view PrecisionKey(Precision p) { return kPrecisionKeys[static_cast<std::size_t>(p)]; }

std::optional<Precision> PrecisionByKey(std::string_view key) {
  for (std::size_t i = 0; i < kPrecisionCount; ++i) {
    if (kPrecisionKeys[i] == key) return static_cast<Precision>(i);
  }
  return std::nullopt;
}

std::span<const NumberFieldInfo> NumberFields() {
  // Built on first use: the unit constants it copies are initialised dynamically.
  static const std::array<NumberFieldInfo, kNumberFieldCount> kFields = MakeNumberFields();
  return kFields;
}

const NumberFieldInfo& InfoOf(NumberField field) {
  return NumberFields()[static_cast<std::size_t>(field)];
}

std::optional<NumberField> NumberFieldByKey(std::string_view key) {
  for (const NumberFieldInfo& info : NumberFields()) {
    if (info.key == key) return info.field;
  }
  return std::nullopt;
}

namespace catalog_detail {

std::vector<std::string_view> TopLevelKeys() {
  std::vector<std::string_view> out(keys::kTopLevelNonNumeric.begin(),
                                    keys::kTopLevelNonNumeric.end());
  for (const NumberFieldInfo& info : NumberFields()) out.push_back(info.key);
  return out;
}

std::vector<std::string_view> PrecisionKeys() {
  return {kPrecisionKeys.begin(), kPrecisionKeys.end()};
}

std::vector<std::string_view> KindKeys() { return {kKindKeys.begin(), kKindKeys.end()}; }

}  // namespace catalog_detail
}  // namespace chipgate
