// Key names of an item file that are not numbers (those live in NumberFields()), spelt once so
// the reader, its "did you mean" lists and its messages cannot drift apart.
#pragma once

#include <array>
#include <string_view>
#include <vector>

namespace chipgate::catalog_detail {
namespace keys {

inline constexpr std::string_view kId = "id";
inline constexpr std::string_view kVendor = "vendor";
inline constexpr std::string_view kName = "name";
inline constexpr std::string_view kKind = "kind";
inline constexpr std::string_view kDatacenter = "datacenter";
inline constexpr std::string_view kMemoryType = "memory_type";
inline constexpr std::string_view kVendorEccn = "vendor_eccn";
inline constexpr std::string_view kVendorEccnSource = "vendor_eccn_source";
inline constexpr std::string_view kMassMarketEncryption = "mass_market_encryption";
inline constexpr std::string_view kNotes = "notes";
inline constexpr std::string_view kConfidence = "confidence";
inline constexpr std::string_view kDenseTops = "dense_tops";
inline constexpr std::string_view kSparseTops = "sparse_tops";
inline constexpr std::string_view kSources = "sources";
inline constexpr std::string_view kContains = "contains";
inline constexpr std::array<std::string_view, 15> kTopLevelNonNumeric = {
    kId, kVendor, kName, kKind, kDatacenter, kMemoryType, kVendorEccn, kVendorEccnSource,
    kMassMarketEncryption, kNotes, kConfidence, kDenseTops, kSparseTops, kSources, kContains};

// [[sources]] entries.
inline constexpr std::string_view kTitle = "title";
inline constexpr std::string_view kUrl = "url";
// [[contains]] entries.
inline constexpr std::string_view kItem = "item";
inline constexpr std::string_view kCount = "count";

inline constexpr std::array<std::string_view, 3> kConfidenceValues = {"high", "medium", "low"};

}  // namespace keys

// Candidate lists for "did you mean" (defined in schema.cpp).
std::vector<std::string_view> TopLevelKeys();  // non-numeric keys, then NumberFields() keys
std::vector<std::string_view> PrecisionKeys();
std::vector<std::string_view> KindKeys();

}  // namespace chipgate::catalog_detail
