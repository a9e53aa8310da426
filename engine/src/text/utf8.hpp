// UTF-8 decoding shared by every writer that must not pass invalid or invisible text on: the
// HTML escaper, the JSON writer and the terminal filter.
#pragma once

#include <cstddef>
#include <string_view>

namespace chipgate::text_detail {

inline constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";  // U+FFFD

struct Decoded {
  char32_t code_point = 0;
  std::size_t length = 1;  // bytes consumed; for an invalid sequence its maximal subpart
  bool valid = false;
};

// Decodes the character at `at` per Unicode table 3-7 (no overlong forms, surrogates or code
// points above U+10FFFF); an ill-formed sequence is one maximal subpart, as the WHATWG decoder
// counts them.
Decoded DecodeAt(std::string_view text, std::size_t at);

// How many bytes the sequence that `lead` starts needs in all (1 for ASCII and for bytes that
// cannot start one).
std::size_t SequenceLength(unsigned char lead);

// False for what must not reach a reader unseen: C0 controls other than tab, line feed and
// carriage return, DEL, C1 controls, and bidirectional embeddings, overrides and isolates.
bool IsVisibleOrLayout(char32_t c);

}  // namespace chipgate::text_detail
