// Stable diagnostic codes of the catalog loader. Users and tests grep for them, so a code is
// never reused for a different problem; new problems get new numbers.
#pragma once

namespace chipgate::catalog_detail::codes {

inline constexpr const char* kUnreadable = "C0100";        // layer path missing or unreadable
inline constexpr const char* kSyntax = "C0101";            // not valid TOML
inline constexpr const char* kUnknownKey = "C0102";
inline constexpr const char* kWrongType = "C0103";         // string for a number, float for an integer
inline constexpr const char* kMissingKey = "C0104";        // id, vendor, name, kind; contains.item
inline constexpr const char* kMissingSource = "C0105";     // no [[sources]], or one without a title
inline constexpr const char* kInvalidId = "C0106";
inline constexpr const char* kInvalidKind = "C0107";
inline constexpr const char* kInvalidConfidence = "C0108";
inline constexpr const char* kNegative = "C0109";
inline constexpr const char* kZero = "C0110";              // unknown values are absent, never zero
inline constexpr const char* kImplausible = "C0111";       // outside the schema's plausible range
inline constexpr const char* kDenseAboveSparse = "C0112";  // a sparse figure entered as dense?
inline constexpr const char* kDenseOnSystem = "C0113";
inline constexpr const char* kContainsOnNonSystem = "C0114";
inline constexpr const char* kDuplicateId = "C0115";       // within one layer
inline constexpr const char* kUnknownContained = "C0116";
inline constexpr const char* kBadCount = "C0117";          // contains.count < 1
inline constexpr const char* kContainsCycle = "C0118";
inline constexpr const char* kInexact = "C0119";           // a number Rational cannot hold exactly
inline constexpr const char* kInvalidEccn = "C0120";       // vendor_eccn is not an ECCN or EAR99
inline constexpr const char* kEccnSourcePairing = "C0121"; // vendor_eccn without its source, or the reverse

}  // namespace chipgate::catalog_detail::codes
