// HTML escaping and text sanitising (see html.hpp). One pass decodes UTF-8, replaces what is
// not allowed, and escapes markup, so the output is built without intermediate copies.
#include <cstdint>

#include "text/html.hpp"
#include "text/utf8.hpp"

namespace chipgate {
namespace {

using text_detail::DecodeAt;
using text_detail::Decoded;
using text_detail::IsVisibleOrLayout;
using text_detail::kReplacementCharacter;

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
    if (d.valid && IsVisibleOrLayout(d.code_point)) {
      AppendCharacter(out, text.substr(at, d.length), escape_markup);
    } else {
      out += kReplacementCharacter;
    }
    at += d.length;
  }
  return out;
}

}  // namespace

std::string SanitizeText(std::string_view text) { return Clean(text, false); }

std::string HtmlEscape(std::string_view text) { return Clean(text, true); }

}  // namespace chipgate
