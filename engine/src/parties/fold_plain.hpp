// The normaliser's first steps (case folding, quotes; see normalise.hpp) for names that need
// no Unicode step, without the Unicode plugin: ASCII, plus the typographic apostrophes, quotes
// and dashes that English text is full of ("Mo’er", "Inspur Taiwan – R&D Center"). For these
// the result is exactly the plugin's: NFKC and case folding of them is lower-casing ASCII, no
// script needs transliterating and nothing carries a combining mark. Keeping them off the
// plugin keeps ICU out of a process whose names and lists are all of this kind.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace chipgate::parties {

struct FoldedText {
  std::string bytes;  // UTF-8, case folded, quotes handled, transliterated, without diacritics
  std::uint16_t steps = 0;
};

// The folded text, or nothing when the name has a character only the plugin can fold.
std::optional<FoldedText> FoldPlain(std::string_view text);

}  // namespace chipgate::parties
