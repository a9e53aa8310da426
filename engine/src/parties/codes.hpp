// Stable diagnostic codes of the party-list readers. Users and tests grep for them, so a code is
// never reused for a different problem; new problems get new numbers.
#pragma once

namespace chipgate::parties::codes {

inline constexpr const char* kUnreadable = "P0100";      // missing or unreadable file
inline constexpr const char* kTooLarge = "P0101";        // over LoadOptions::max_file_bytes
inline constexpr const char* kUnknownFormat = "P0102";   // neither CSL CSV, CSL JSON nor SDN CSV
inline constexpr const char* kMissingColumn = "P0103";   // a CSL CSV header without `name`, `source`
inline constexpr const char* kMalformedCsv = "P0104";    // a record the CSV reader rejected
inline constexpr const char* kMissingName = "P0105";     // an entry without a name
inline constexpr const char* kBadDate = "P0106";         // not YYYY-MM-DD
inline constexpr const char* kBadCountry = "P0107";      // warning: not an ISO 3166-1 code
inline constexpr const char* kUnknownList = "P0108";     // warning: a source chipgate does not encode
inline constexpr const char* kJsonSyntax = "P0109";
inline constexpr const char* kJsonShape = "P0110";       // not an object with a `results` array, wrong types
inline constexpr const char* kSdnFields = "P0111";       // an sdn.csv / alt.csv record too short
inline constexpr const char* kDatesReversed = "P0112";   // end date before start date
inline constexpr const char* kTooManyErrors = "P0113";   // the error limit was reached
inline constexpr const char* kManifest = "P0114";        // lists.toml or affiliates-rule.toml problem
// A searched name that could not be screened: its Unicode steps (or a listed name's) could not run.
inline constexpr const char* kNotScreened = "P0200";

}  // namespace chipgate::parties::codes
