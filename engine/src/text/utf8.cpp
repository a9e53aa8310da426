// UTF-8 decoding (see utf8.hpp).
#include "text/utf8.hpp"

#include <cstdint>

namespace chipgate::text_detail {
namespace {

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

}  // namespace

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

std::size_t SequenceLength(unsigned char lead) {
  const std::size_t length = Classify(lead).length;
  return length == 0 ? 1 : length;
}

bool IsVisibleOrLayout(char32_t c) {
  if (c < 0x20) return c == '\t' || c == '\n' || c == '\r';
  if (c >= 0x7F && c <= 0x9F) return false;      // DEL and C1 controls
  if (c >= 0x202A && c <= 0x202E) return false;  // bidi embeddings, overrides
  return !(c >= 0x2066 && c <= 0x2069);          // bidi isolates
}

}  // namespace chipgate::text_detail
