// The Unicode steps of the normaliser (see unicode_steps.hpp).
#include "unicode_steps.hpp"

#include "han_words.hpp"
#include "parties/normalise.hpp"

namespace chipgate::parties {

namespace {

bool IsApostrophe(UChar32 c) {
  return c == 0x27 || c == 0x2018 || c == 0x2019 || c == 0x02BC || c == 0x60 || c == 0xB4 || c == 0x2032 ||
         c == 0xFF07;
}
bool IsQuote(UChar32 c) {
  return c == 0x22 || c == 0x201C || c == 0x201D || c == 0xAB || c == 0xBB || c == 0x201E || c == 0x201A ||
         c == 0x2039 || c == 0x203A || c == 0x300C || c == 0x300D;
}

template <class Keep>
icu::UnicodeString MapCodePoints(const icu::UnicodeString& in, Keep keep) {
  icu::UnicodeString out;
  for (int32_t i = 0; i < in.length();) {
    const UChar32 c = in.char32At(i);
    i += U16_LENGTH(c);
    keep(c, out);
  }
  return out;
}

bool Changed(const icu::UnicodeString& a, const icu::UnicodeString& b) { return a != b; }

icu::UnicodeString Quotes(const icu::UnicodeString& in) {
  return MapCodePoints(in, [](UChar32 c, icu::UnicodeString& out) {
    if (IsApostrophe(c)) return;  // Mo’er = Mo'er = Moer
    out.append(IsQuote(c) ? UChar32{' '} : c);
  });
}

bool HasScript(const icu::UnicodeString& s, bool (*pred)(UScriptCode)) {
  for (int32_t i = 0; i < s.length();) {
    const UChar32 c = s.char32At(i);
    i += U16_LENGTH(c);
    UErrorCode status = U_ZERO_ERROR;
    if (pred(uscript_getScript(c, &status))) return true;
  }
  return false;
}
bool IsCjk(UScriptCode s) { return s == USCRIPT_HAN || s == USCRIPT_HIRAGANA || s == USCRIPT_KATAKANA || s == USCRIPT_HANGUL; }
bool IsHan(UScriptCode s) { return s == USCRIPT_HAN; }
bool IsCyrillic(UScriptCode s) { return s == USCRIPT_CYRILLIC; }
bool IsNonHanNonLatin(UScriptCode s) {
  return s != USCRIPT_HAN && s != USCRIPT_LATIN && s != USCRIPT_COMMON && s != USCRIPT_INHERITED;
}

icu::UnicodeString Han(std::u16string_view text) {
  return icu::UnicodeString(text.data(), static_cast<int32_t>(text.size()));
}

// Removes CJK legal forms at either end; true if one was.
bool StripHanLegalForms(icu::UnicodeString& s) {
  bool removed = false;
  for (bool again = true; again;) {
    again = false;
    s.trim();
    for (const HanWord& w : HanLegalForms()) {
      const icu::UnicodeString form = Han(w.han);
      if (s.length() > form.length() && s.endsWith(form)) s.truncate(s.length() - form.length());
      else if (s.length() > form.length() && s.startsWith(form)) s.remove(0, form.length());
      else continue;
      removed = again = true;
      break;
    }
  }
  return removed;
}

bool ReplaceHanWords(icu::UnicodeString& s, const std::vector<HanWord>& words) {
  bool any = false;
  for (const HanWord& w : words) {
    const icu::UnicodeString han = Han(w.han);
    const icu::UnicodeString english = icu::UnicodeString::fromUTF8(std::string(" ") + std::string(w.english) + " ");
    for (int32_t at = s.indexOf(han); at >= 0; at = s.indexOf(han, at + english.length())) {
      s.replace(at, han.length(), english);
      any = true;
    }
  }
  return any;
}

// Letters that carry no combining mark to remove but are still "diacritic" variants.
void AppendFolded(UChar32 c, icu::UnicodeString& out) {
  switch (c) {
    case 0xF8: out.append(UChar32{'o'}); return;                      // ø
    case 0x111: out.append(UChar32{'d'}); return;                     // đ
    case 0x142: out.append(UChar32{'l'}); return;                     // ł
    case 0xE6: out.append(icu::UnicodeString(u"ae")); return;         // æ
    case 0x153: out.append(icu::UnicodeString(u"oe")); return;        // œ
    case 0xFE: out.append(icu::UnicodeString(u"th")); return;         // þ
    case 0xF0: out.append(UChar32{'d'}); return;                      // ð
    case 0x131: out.append(UChar32{'i'}); return;                     // ı
    default: out.append(c);
  }
}

icu::UnicodeString WithoutDiacritics(const icu::Normalizer2& nfd, const icu::UnicodeString& in, UErrorCode& status) {
  const icu::UnicodeString decomposed = nfd.normalize(in, status);
  if (U_FAILURE(status)) return in;
  return MapCodePoints(decomposed, [](UChar32 c, icu::UnicodeString& out) {
    // BGN/PCGN writes a middle dot and prime marks inside words ("rosoboron·eksport"): drop them.
    const bool mark = u_charType(c) == U_NON_SPACING_MARK || c == 0xB7 || c == 0x2B9 || c == 0x2BA;
    if (!mark) AppendFolded(c, out);
  });
}

}  // namespace

UnicodeSteps::UnicodeSteps() {
  UErrorCode status = U_ZERO_ERROR;
  nfkc_casefold_ = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status)) setup_error_ = std::string("ICU has no NFKC case folding: ") + u_errorName(status);
  status = U_ZERO_ERROR;
  nfd_ = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status) && setup_error_.empty()) setup_error_ = std::string("ICU has no NFD normaliser: ") + u_errorName(status);
}

void UnicodeSteps::Fail(std::string what, UErrorCode status) {
  if (error_.empty()) error_ = std::move(what) + ": " + u_errorName(status);
}

bool UnicodeSteps::Fold(std::string_view utf8, std::vector<FoldedVariant>& out, bool& cjk, std::string& error) {
  if (!setup_error_.empty()) {
    error = setup_error_;
    return false;
  }
  error_.clear();
  for (auto& [text, steps] : FoldCase(utf8, cjk)) {
    FoldedVariant v;
    v.steps = steps;
    v.utf8 = ToLatinText(text, v.steps);
    out.push_back(std::move(v));
  }
  error = error_;
  return error_.empty();
}

icu::Transliterator* UnicodeSteps::ToLatin(Script script) {
  // BGN/PCGN for Russian because the lists romanise Russian names that way ("Shchukin"); the
  // tone marks of pinyin and other diacritics go in the diacritics step.
  static constexpr const char* kIds[] = {"Han-Latin", "Russian-Latin/BGN; Any-Latin", "Any-Latin"};
  const char* id = kIds[static_cast<std::size_t>(script)];
  auto& t = to_latin_[static_cast<std::size_t>(script)];
  if (!t) {
    UErrorCode status = U_ZERO_ERROR;
    t.reset(icu::Transliterator::createInstance(id, UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !t) {
      t.reset();
      Fail(std::string("ICU cannot make the `") + id + "` transliterator", U_FAILURE(status) ? status : U_INTERNAL_PROGRAM_ERROR);
    }
  }
  return t.get();
}

// Han characters as space-separated pinyin syllables; other characters kept.
bool UnicodeSteps::HanToPinyin(icu::UnicodeString& text) {
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
    auto [it, added] = pinyin_.try_emplace(c);
    if (added) {
      it->second = icu::UnicodeString(c);
      t->transliterate(it->second);
    }
    out.append(UChar32{' '}).append(it->second).append(UChar32{' '});
  }
  text = out;
  return true;
}

// Case folding and quotes; for Chinese, legal forms and the translated variant.
UnicodeSteps::Variants UnicodeSteps::FoldCase(std::string_view utf8, bool& cjk) {
  const icu::UnicodeString input = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  std::uint16_t steps = 0;
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString folded = nfkc_casefold_->normalize(input, status);
  if (U_FAILURE(status)) {
    Fail("ICU could not case-fold the name", status);
    folded = input;
  }
  if (Changed(folded, input)) steps |= kStepCaseFold;
  const icu::UnicodeString unquoted = Quotes(folded);
  if (Changed(unquoted, folded)) steps |= kStepQuotes;
  Variants variants = {{unquoted, steps}};
  cjk = HasScript(unquoted, IsCjk);
  if (!cjk) return variants;
  if (StripHanLegalForms(variants[0].first)) variants[0].second |= kStepLegalForm;
  icu::UnicodeString translated = variants[0].first;
  if (ReplaceHanWords(translated, HanBusinessWords())) variants.emplace_back(translated, variants[0].second | kStepHanWords);
  for (auto& v : variants) ReplaceHanWords(v.first, HanReadings());
  return variants;
}

// Transliteration (Han first: pure Han names need nothing else; then Cyrillic; then any other
// script) and diacritics.
std::string UnicodeSteps::ToLatinText(icu::UnicodeString text, std::uint16_t& steps) {
  const std::pair<bool (*)(UScriptCode), Script> passes[] = {
      {IsHan, Script::kHan}, {IsCyrillic, Script::kCyrillic}, {IsNonHanNonLatin, Script::kOther}};
  for (const auto& [present, script] : passes) {
    if (!HasScript(text, present)) continue;
    icu::Transliterator* t = script == Script::kHan ? nullptr : ToLatin(script);
    if (script == Script::kHan ? HanToPinyin(text) : t != nullptr) steps |= kStepTransliterated;
    if (t != nullptr) t->transliterate(text);
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString plain = WithoutDiacritics(*nfd_, text, status);
  if (U_FAILURE(status)) Fail("ICU could not decompose the name (diacritics)", status);
  if (Changed(plain, text)) steps |= kStepDiacritics;
  text = plain;
  std::string bytes;
  text.toUTF8String(bytes);
  return bytes;
}

}  // namespace chipgate::parties
