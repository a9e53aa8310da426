// The Unicode steps of the normaliser (see unicode_steps.hpp).
#include "parties/unicode_steps.hpp"

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

icu::UnicodeString WithoutDiacritics(const icu::Normalizer2& nfd, const icu::UnicodeString& in) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString decomposed = nfd.normalize(in, status);
  if (U_FAILURE(status)) return in;
  return MapCodePoints(decomposed, [](UChar32 c, icu::UnicodeString& out) {
    // BGN/PCGN writes a middle dot and prime marks inside words ("rosoboron·eksport"): drop them.
    const bool mark = u_charType(c) == U_NON_SPACING_MARK || c == 0xB7 || c == 0x2B9 || c == 0x2BA;
    if (!mark) AppendFolded(c, out);
  });
}

}  // namespace

// Case folding and quotes; for Chinese, legal forms and the translated variant.
std::vector<std::pair<icu::UnicodeString, std::uint16_t>> Normaliser::Icu::Fold(std::string_view utf8, bool& cjk) {
  const icu::UnicodeString input = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  std::uint16_t steps = 0;
  icu::UnicodeString folded = input;
  if (nfkc_casefold) {
    UErrorCode status = U_ZERO_ERROR;
    folded = nfkc_casefold->normalize(input, status);
    if (U_FAILURE(status)) folded = input;
    if (Changed(folded, input)) steps |= kStepCaseFold;
  }
  const icu::UnicodeString unquoted = Quotes(folded);
  if (Changed(unquoted, folded)) steps |= kStepQuotes;
  std::vector<std::pair<icu::UnicodeString, std::uint16_t>> variants = {{unquoted, steps}};
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
std::string Normaliser::Icu::ToLatinText(icu::UnicodeString text, std::uint16_t& steps) {
  const std::pair<bool (*)(UScriptCode), Script> passes[] = {
      {IsHan, Script::kHan}, {IsCyrillic, Script::kCyrillic}, {IsNonHanNonLatin, Script::kOther}};
  for (const auto& [present, script] : passes) {
    if (!HasScript(text, present)) continue;
    icu::Transliterator* t = script == Script::kHan ? nullptr : ToLatin(script);
    if (script == Script::kHan ? HanToPinyin(text) : t != nullptr) steps |= kStepTransliterated;
    if (t != nullptr) t->transliterate(text);
  }
  if (nfd) {
    const icu::UnicodeString plain = WithoutDiacritics(*nfd, text);
    if (Changed(plain, text)) steps |= kStepDiacritics;
    text = plain;
  }
  std::string bytes;
  text.toUTF8String(bytes);
  return bytes;
}

}  // namespace chipgate::parties
