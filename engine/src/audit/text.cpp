// Text helpers for the audit (see text.hpp).
#include "audit/text.hpp"

#include "text/html.hpp"

namespace chipgate::audit_detail {

std::string_view Trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

void AsciiLowerInto(std::string_view text, std::string& out) {
  out.assign(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
}

std::string AsciiLower(std::string_view text) {
  std::string out;
  AsciiLowerInto(text, out);
  return out;
}

std::string_view CleanText(std::string_view text, std::string& buffer) {
  bool plain = true;
  for (const char c : text) plain = plain && c >= 0x20 && c < 0x7F;
  if (plain) return text;
  buffer = SanitizeText(text);
  return buffer;
}

std::string Quoted(std::string_view raw) {
  constexpr std::size_t kMax = 60;
  const std::string clean = SanitizeText(raw);
  const std::string_view text = clean;
  if (text.size() <= kMax) return "`" + std::string(text) + "`";
  std::size_t cut = kMax;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0U) == 0x80U) --cut;  // not inside a sequence
  return "`" + std::string(text.substr(0, cut)) + "…`";
}

}  // namespace chipgate::audit_detail
