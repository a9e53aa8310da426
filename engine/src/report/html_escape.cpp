// HTML escaping and text sanitising (see html.hpp). One pass decodes UTF-8, replaces what is
// not allowed, and escapes markup, so the output is built without intermediate copies.
#include <cstdint>

#include "report/html.hpp"

namespace chipgate {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

struct Decoded {
  char32_t code_point = 0;
  std::size_t length = 1;  // bytes consumed; for an invalid sequence its maximal subpart
  bool valid = false;
};

// The range the second byte of a multi-byte sequence must fall in, which excludes overlong
// forms, surrogates and code points above U+10FFFF (Unicode table 3-7).
struct LeadByte {
  std::size_t length;
  std::uint8_t second_min;
  std::uint8_t second_max;
};

LeadByte Classify(std::uint8_t b) {
  if (b >= 0xC2 && b <= 0xDF) return {2, 0x80, 0xBF};
  if (b == 0xE0) return {3, 0xA0, 0xBF};
  if (b == 0xED) return {3, 0x80, 0x9F};
  if (b >= 0xE1 && b <= 0xEF) return {3, 0x80, 0xBF};
  if (b == 0xF0) return {4, 0x90, 0xBF};
  if (b >= 0xF1 && b <= 0xF3) return {4, 0x80, 0xBF};
  if (b == 0xF4) return {4, 0x80, 0x8F};
  return {0, 0, 0};  // a continuation byte, C0, C1 or F5..FF: never a lead
}

Decoded DecodeAt(std::string_view text, std::size_t at) {
  const auto lead = static_cast<std::uint8_t>(text[at]);
  if (lead < 0x80) return {lead, 1, true};
  const LeadByte kind = Classify(lead);
  if (kind.length == 0) return {0, 1, false};
  char32_t code_point = lead & (0xFFu >> (kind.length + 1));
  for (std::size_t k = 1; k < kind.length; ++k) {
    if (at + k >= text.size()) return {0, k, false};
    const auto b = static_cast<std::uint8_t>(text[at + k]);
    const std::uint8_t min = k == 1 ? kind.second_min : 0x80;
    const std::uint8_t max = k == 1 ? kind.second_max : 0xBF;
    if (b < min || b > max) return {0, k, false};
    code_point = (code_point << 6) | (b & 0x3Fu);
  }
  return {code_point, kind.length, true};
}

bool IsAllowed(char32_t c) {
  if (c < 0x20) return c == '\t' || c == '\n' || c == '\r';
  if (c >= 0x7F && c <= 0x9F) return false;      // DEL and C1 controls
  if (c >= 0x202A && c <= 0x202E) return false;  // bidi embeddings, overrides
  return !(c >= 0x2066 && c <= 0x2069);          // bidi isolates
}

std::string_view Entity(char c) {
  switch (c) {
    case '&': return "&amp;";
    case '<': return "&lt;";
    case '>': return "&gt;";
    case '"': return "&quot;";
    case '\'': return "&#39;";
    default: return {};
  }
}

// Appends one valid, allowed character (`bytes` is its UTF-8), as an entity if it is markup.
void AppendCharacter(std::string& out, std::string_view bytes, bool escape_markup) {
  const std::string_view entity = escape_markup && bytes.size() == 1 ? Entity(bytes[0]) : "";
  out += entity.empty() ? bytes : entity;
}

std::string Clean(std::string_view text, bool escape_markup) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t at = 0; at < text.size();) {
    const Decoded d = DecodeAt(text, at);
    if (d.valid && IsAllowed(d.code_point)) {
      AppendCharacter(out, text.substr(at, d.length), escape_markup);
    } else {
      out += kReplacement;
    }
    at += d.length;
  }
  return out;
}

}  // namespace

std::string SanitizeText(std::string_view text) { return Clean(text, false); }

std::string HtmlEscape(std::string_view text) { return Clean(text, true); }

}  // namespace chipgate
