// The Unicode steps of the name normaliser (see engine/src/parties/normalise.hpp), the part that
// needs ICU and so lives in the plugin: case folding, quotes, Chinese legal forms and business
// words, transliteration and diacritics. The result is UTF-8 (ASCII for every script ICU
// transliterates) for the tokeniser. A step that cannot run is an error, never a skipped step:
// a name left untransliterated would be screened as if nothing on the lists resembled it.
#pragma once

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace chipgate::parties {

// Which transliterator a name needs. Each is made on first use (making one costs about 0.2 s)
// and kept; one compound "Any-Latin" would run every rule set over every name.
enum class Script { kHan, kCyrillic, kOther, kCount };

struct FoldedVariant {
  std::string utf8;
  std::uint16_t steps = 0;  // NormStep bits
};

class UnicodeSteps {
 public:
  UnicodeSteps();

  // The variants of one name (two for a name with Chinese business words), folded and in Latin
  // letters; `cjk` when it has CJK characters. False, with `error` saying which step failed,
  // when a step could not run.
  bool Fold(std::string_view utf8, std::vector<FoldedVariant>& out, bool& cjk, std::string& error);

 private:
  using Variants = std::vector<std::pair<icu::UnicodeString, std::uint16_t>>;
  Variants FoldCase(std::string_view utf8, bool& cjk);
  std::string ToLatinText(icu::UnicodeString text, std::uint16_t& steps);
  bool HanToPinyin(icu::UnicodeString& text);
  icu::Transliterator* ToLatin(Script script);
  void Fail(std::string what, UErrorCode status);

  const icu::Normalizer2* nfkc_casefold_ = nullptr;
  const icu::Normalizer2* nfd_ = nullptr;
  std::array<std::unique_ptr<icu::Transliterator>, static_cast<std::size_t>(Script::kCount)> to_latin_;
  // Pinyin of each Han character met so far: Han-Latin costs about 30 µs a character, and a
  // screening run meets the same few thousand characters again and again.
  std::unordered_map<UChar32, icu::UnicodeString> pinyin_;
  std::string setup_error_;  // the normalisers could not be had: every non-ASCII name fails
  std::string error_;        // the first failure while folding the current name
};

}  // namespace chipgate::parties
