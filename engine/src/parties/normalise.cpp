// The normaliser (see normalise.hpp): ICU for the Unicode steps, then a byte-level tokeniser on
// the (by then ASCII) text and the word tables.
#include "parties/normalise.hpp"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <array>
#include <unordered_map>

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

// A name's words in parts: brackets start and end a part, and a bracketed part ("(Beijing)",
// "(SMIC)") is a qualifier that documents often leave out.
struct Part {
  std::vector<std::string> words;
  bool bracketed = false;
};

struct Tokens {
  std::vector<Part> parts;
  bool punctuation = false;
};

bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

// Splits folded UTF-8 into words. "s.a." stays one word ("sa"): a dot after a one-letter word
// keeps the word open; "&" is the word "and"; brackets start a new part.
Tokens Tokenise(std::string_view text) {
  Tokens t;
  t.parts.emplace_back();
  std::string word;
  bool initials = false;
  int depth = 0;
  const auto end_word = [&] {
    if (!word.empty()) t.parts.back().words.push_back(std::move(word));
    word.clear();
    initials = false;
  };
  const auto new_part = [&] {
    if (!t.parts.back().words.empty()) t.parts.emplace_back();
    t.parts.back().bracketed = depth > 0;
  };
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (IsWordByte(c)) {
      word.push_back(ch);
      continue;
    }
    if (c == '.' && (word.size() == 1 || initials)) {
      initials = true;
      t.punctuation = true;
      continue;
    }
    end_word();
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    t.punctuation = true;
    if (c == '&') t.parts.back().words.emplace_back("and");
    if (c == '(' || c == '[' || c == '{') {
      ++depth;
      new_part();
    } else if (c == ')' || c == ']' || c == '}') {
      depth = depth > 0 ? depth - 1 : 0;
      new_part();
    }
  }
  end_word();
  return t;
}

std::uint16_t StripLegal(Tokens& t) {
  std::uint16_t steps = 0;
  bool named = false;  // a part before this one kept words: this part may go entirely ("(...) Co., Ltd.")
  for (Part& p : t.parts) {
    std::size_t end = p.words.size();
    if (end > 0 && StripLegalForms(p.words, 0, end, named ? 0 : 1)) steps |= kStepLegalForm;
    named = named || !p.words.empty();
  }
  return steps;
}

std::vector<std::string> Words(const Tokens& t, bool with_bracketed) {
  std::vector<std::string> words;
  for (const Part& p : t.parts) {
    if (with_bracketed || !p.bracketed) words.insert(words.end(), p.words.begin(), p.words.end());
  }
  return words;
}

bool HasBracketedPart(const Tokens& t) {
  bool plain = false, bracketed = false;
  for (const Part& p : t.parts) (p.bracketed ? bracketed : plain) |= !p.words.empty();
  return plain && bracketed;
}

// True when every bracketed part repeats the name ("(Huawei)") or abbreviates it: its first
// word is the initials of the name's first words ("(SMIC)", "(NSCC-CS)", "(NUDT)").
bool BracketsAreAcronyms(const Tokens& t, const std::vector<std::string>& initials_of) {
  std::string initials;
  for (const std::string& w : initials_of) {
    if (!IsStopWord(w)) initials.push_back(w[0]);
  }
  for (const Part& p : t.parts) {
    if (!p.bracketed || p.words.empty()) continue;
    const std::string& first = p.words[0];
    const bool acronym = first.size() >= 2 && initials.compare(0, first.size(), first) == 0;
    const bool repeat = std::find(initials_of.begin(), initials_of.end(), first) != initials_of.end();
    if (!acronym && !repeat) return false;
  }
  return true;
}

// `dedupe`: drop repeated words ("Huawei ... (Huawei)"); not for pinyin, where a syllable
// repeats within a name (设计 ... 集成: "ji" twice) and every one is needed to join words.
std::uint16_t FinishWords(std::vector<std::string>& words, std::vector<std::string>& out, bool dedupe) {
  std::uint16_t steps = 0;
  std::string scratch;
  const bool all_stop = std::all_of(words.begin(), words.end(), [](const std::string& w) { return IsStopWord(w); });
  for (const std::string& w : words) {
    if (!all_stop && IsStopWord(w)) {
      steps |= kStepStopWords;
      continue;
    }
    std::string_view expanded = ExpandToken(w, scratch);
    if (expanded != w) steps |= kStepAbbreviation;
    while (!expanded.empty()) {  // an expansion may be several words
      const std::size_t space = expanded.find(' ');
      const std::string_view word = expanded.substr(0, space);
      expanded = space == std::string_view::npos ? std::string_view() : expanded.substr(space + 1);
      if (dedupe && std::find(out.begin(), out.end(), word) != out.end()) {
        steps |= kStepRepeated;
        continue;
      }
      out.emplace_back(word);
    }
  }
  return steps;
}

}  // namespace

Normaliser::Normaliser() : icu_(std::make_unique<Icu>()) {}
Normaliser::~Normaliser() = default;
Normaliser::Normaliser(Normaliser&&) noexcept = default;
Normaliser& Normaliser::operator=(Normaliser&&) noexcept = default;

namespace {

struct FoldedText {
  std::string bytes;  // UTF-8, case folded, quotes handled, transliterated, without diacritics
  std::uint16_t steps = 0;
};

// The common case, ASCII only, without ICU: the same result as the Unicode path (NFKC and case
// folding of ASCII are lower-casing; there is nothing to transliterate or strip of marks).
FoldedText FoldAscii(std::string_view text) {
  FoldedText out;
  out.bytes.reserve(text.size());
  for (const char c : text) {
    if (c >= 'A' && c <= 'Z') {
      out.bytes.push_back(static_cast<char>(c - 'A' + 'a'));
      out.steps |= kStepCaseFold;
    } else if (c == '\'' || c == '`') {
      out.steps |= kStepQuotes;
    } else if (c == '"') {
      out.bytes.push_back(' ');
      out.steps |= kStepQuotes;
    } else {
      out.bytes.push_back(c);
    }
  }
  return out;
}

bool IsAscii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// Tokenises one folded variant into one or two names (the second without a bracketed part).
void AddNames(const FoldedText& folded, bool cjk, std::vector<NormalisedName>& out) {
  Tokens tokens = Tokenise(folded.bytes);
  std::uint16_t steps = folded.steps;
  if (tokens.punctuation) steps |= kStepPunctuation;
  steps |= StripLegal(tokens);
  std::vector<std::string> words = Words(tokens, true);
  NormalisedName name;
  name.steps = static_cast<std::uint16_t>(steps | FinishWords(words, name.tokens, !cjk));
  out.push_back(std::move(name));
  if (!HasBracketedPart(tokens)) return;
  words = Words(tokens, false);
  const std::uint16_t left_out = BracketsAreAcronyms(tokens, words) ? kStepBracketed : kStepQualifier;
  NormalisedName short_name;
  short_name.steps = static_cast<std::uint16_t>(steps | left_out | FinishWords(words, short_name.tokens, !cjk));
  out.push_back(std::move(short_name));
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

std::vector<NormalisedName> Normaliser::Normalise(std::string_view utf8) const {
  // Real names are under 300 bytes; the cut keeps a hostile field from costing more than this
  // (legal-form stripping erases from the front of the word list).
  utf8 = utf8.substr(0, kMaxNameBytes);
  std::vector<NormalisedName> out;
  if (IsAscii(utf8)) {
    AddNames(FoldAscii(utf8), false, out);
    return out;
  }
  bool cjk = false;
  for (auto& [text, steps] : icu_->Fold(utf8, cjk)) {
    FoldedText folded;
    folded.steps = steps;
    folded.bytes = icu_->ToLatinText(text, folded.steps);
    AddNames(folded, cjk, out);
  }
  return out;
}

std::vector<std::string> StepNames(std::uint16_t steps) {
  static constexpr std::pair<std::uint16_t, const char*> kNames[] = {
      {kStepCaseFold, "case folded (NFKC)"},  {kStepQuotes, "quotes and apostrophes removed"},
      {kStepHanWords, "Chinese business words translated"},
      {kStepTransliterated, "transliterated to Latin"}, {kStepDiacritics, "diacritics removed"},
      {kStepPunctuation, "punctuation removed"},  {kStepBracketed, "bracketed acronym left out"},
      {kStepQualifier, "bracketed qualifier left out (score x0.88)"},
      {kStepLegalForm, "legal form removed"},
      {kStepAbbreviation, "abbreviations expanded, plurals folded"}, {kStepStopWords, "stop words dropped"},
      {kStepRepeated, "repeated words dropped"}};
  std::vector<std::string> names;
  for (const auto& [bit, name] : kNames) {
    if ((steps & bit) != 0) names.emplace_back(name);
  }
  return names;
}

}  // namespace chipgate::parties
