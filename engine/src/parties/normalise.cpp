// The normaliser (see normalise.hpp): the Unicode steps (unicode_steps.cpp) or, for ASCII
// names, a fast path with the same result; then the tokeniser and word steps (tokenise.cpp).
#include "parties/normalise.hpp"

#include <algorithm>

#include "parties/tokenise.hpp"
#include "parties/unicode_steps.hpp"

namespace chipgate::parties {
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

Normaliser::Normaliser() : icu_(std::make_unique<Icu>()) {}
Normaliser::~Normaliser() = default;
Normaliser::Normaliser(Normaliser&&) noexcept = default;
Normaliser& Normaliser::operator=(Normaliser&&) noexcept = default;

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
