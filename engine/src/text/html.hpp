// Text made safe for the HTML audit report. Shipment names, end users and notes come from the
// input logs, so they are hostile until proven otherwise: markup must not get through, and
// neither may bytes that break the page in other ways (invalid UTF-8, NUL, terminal escape
// sequences, bidirectional overrides that make "exe.gpj" read as "jpg.exe").
#pragma once

#include <string>
#include <string_view>

namespace chipgate {

// Valid UTF-8 with nothing invisible that could change how the text reads: each ill-formed
// UTF-8 sequence (per the WHATWG decoder, one per maximal subpart), each control character
// other than tab, line feed and carriage return (C0, DEL, C1), and each bidirectional
// embedding, override or isolate (U+202A..U+202E, U+2066..U+2069) becomes U+FFFD. Replacing
// rather than dropping keeps the tampering visible to an auditor and keeps "A\0B" distinct
// from "AB". Everything else, including all other non-ASCII text, passes through unchanged.
std::string SanitizeText(std::string_view text);

// SanitizeText, then & < > " ' as entities: safe both as element content and inside a quoted
// attribute value (either quote). Not safe inside <script> or <style>, or in unquoted
// attributes or URLs; the report puts input text in none of those.
std::string HtmlEscape(std::string_view text);

}  // namespace chipgate
