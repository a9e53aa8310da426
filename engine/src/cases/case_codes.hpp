// Stable diagnostic codes of the case-file reader (T for tests). Users and CI scripts grep for
// them, so a code is never reused for a different problem.
#pragma once

namespace chipgate::cases::codes {

inline constexpr const char* kUnreadable = "T0100";     // a path missing, not a regular file, too large
inline constexpr const char* kSyntax = "T0101";         // not valid TOML
inline constexpr const char* kUnknownKey = "T0102";     // a typo would otherwise check nothing
inline constexpr const char* kWrongType = "T0103";
inline constexpr const char* kMissing = "T0104";        // a required key, no [[case]], no expectations
inline constexpr const char* kInvalidValue = "T0105";   // an empty text, a value outside a key's vocabulary
inline constexpr const char* kNeedsDestination = "T0106";  // a key that means nothing without `to`
inline constexpr const char* kNoCaseFiles = "T0107";    // a folder without *.toml

}  // namespace chipgate::cases::codes
