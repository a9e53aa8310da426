// Small text helpers the audit stages share: trimming, ASCII case folding (never the locale's,
// so a log reads the same on every machine), and quoting user text in messages without letting
// a megabyte-long field into a reason.
#pragma once

#include <string>
#include <string_view>

namespace chipgate::audit_detail {

std::string_view Trim(std::string_view text);
// ASCII lower-case copy (other bytes unchanged).
std::string AsciiLower(std::string_view text);
void AsciiLowerInto(std::string_view text, std::string& out);
// `text` as is when it is printable ASCII (the common case, no copy), else SanitizeText of it
// in `buffer`: valid UTF-8 without invisible controls, safe for JSON and the store.
std::string_view CleanText(std::string_view text, std::string& buffer);
// `text` sanitised, in backticks for a message, cut to at most 60 bytes at a UTF-8 boundary ("…" added).
std::string Quoted(std::string_view text);

}  // namespace chipgate::audit_detail
