// The Unicode steps of the normaliser (see normalise.hpp), which need ICU: case folding,
// quotes, Chinese legal forms and business words, transliteration and diacritics. The result is
// UTF-8 (ASCII for every script ICU transliterates) for the tokeniser.
#pragma once

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "parties/normalise.hpp"

namespace chipgate::parties {

// Which transliterator a name needs. Each is made on first use (making one costs about 0.2 s)
// and kept; one compound "Any-Latin" would run every rule set over every name.
enum class Script { kHan, kCyrillic, kOther, kCount };

struct Normaliser::Icu {
  const icu::Normalizer2* nfkc_casefold = nullptr;
  const icu::Normalizer2* nfd = nullptr;
  std::array<std::unique_ptr<icu::Transliterator>, static_cast<std::size_t>(Script::kCount)> to_latin;
  // Pinyin of each Han character met so far: Han-Latin costs about 30 µs a character, and a
  // screening run meets the same few thousand characters again and again.
  std::unordered_map<UChar32, icu::UnicodeString> pinyin;

  Icu() {
    UErrorCode status = U_ZERO_ERROR;
    nfkc_casefold = icu::Normalizer2::getNFKCCasefoldInstance(status);
    status = U_ZERO_ERROR;
    nfd = icu::Normalizer2::getNFDInstance(status);
  }

  icu::Transliterator* ToLatin(Script script) {
    // BGN/PCGN for Russian because the lists romanise Russian names that way ("Shchukin"); the
    // tone marks of pinyin and other diacritics go in the diacritics step.
    static constexpr const char* kIds[] = {"Han-Latin", "Russian-Latin/BGN; Any-Latin", "Any-Latin"};
    auto& t = to_latin[static_cast<std::size_t>(script)];
    if (!t) {
      UErrorCode status = U_ZERO_ERROR;
      t.reset(icu::Transliterator::createInstance(kIds[static_cast<std::size_t>(script)], UTRANS_FORWARD, status));
      if (U_FAILURE(status)) t.reset();
    }
    return t.get();
  }

  std::vector<std::pair<icu::UnicodeString, std::uint16_t>> Fold(std::string_view utf8, bool& cjk);
  std::string ToLatinText(icu::UnicodeString text, std::uint16_t& steps);

  // Han characters as space-separated pinyin syllables; other characters kept.
  bool HanToPinyin(icu::UnicodeString& text) {
    icu::Transliterator* t = ToLatin(Script::kHan);
    if (t == nullptr) return false;
    icu::UnicodeString out;
    for (int32_t i = 0; i < text.length();) {
      const UChar32 c = text.char32At(i);
      i += U16_LENGTH(c);
      UErrorCode status = U_ZERO_ERROR;
      if (uscript_getScript(c, &status) != USCRIPT_HAN) {
        out.append(c);
        continue;
      }
      auto [it, added] = pinyin.try_emplace(c);
      if (added) {
        it->second = icu::UnicodeString(c);
        t->transliterate(it->second);
      }
      out.append(UChar32{' '}).append(it->second).append(UChar32{' '});
    }
    text = out;
    return true;
  }
};

}  // namespace chipgate::parties
