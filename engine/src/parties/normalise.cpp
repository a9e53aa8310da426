// The normaliser (see normalise.hpp): the Unicode steps (the plugin, unicode_plugin.hpp) or,
// for plain names (ASCII and typographic punctuation), a fast path with the same result
// (fold_plain.hpp); then the tokeniser and word steps (tokenise.cpp).
#include "parties/normalise.hpp"

#include "parties/fold_plain.hpp"
#include "parties/tokenise.hpp"
#include "parties/unicode_plugin.hpp"

namespace chipgate::parties {
namespace {

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

// The plugin, loaded on the first name that needs it; a load that failed is not retried (its
// reason is every such name's failure).
struct Normaliser::Unicode {
  std::string path;
  bool tried = false;
  std::unique_ptr<UnicodePlugin> plugin;
  std::string load_error;

  const UnicodePlugin* Get() {
    if (!tried) {
      tried = true;
      plugin = UnicodePlugin::Open(path, load_error);
    }
    return plugin.get();
  }
};

Normaliser::Normaliser(std::string unicode_plugin) : unicode_(std::make_unique<Unicode>()) { unicode_->path = std::move(unicode_plugin); }
Normaliser::~Normaliser() = default;
Normaliser::Normaliser(Normaliser&&) noexcept = default;
Normaliser& Normaliser::operator=(Normaliser&&) noexcept = default;

Normalised Normaliser::Normalise(std::string_view utf8) const {
  // Real names are under 300 bytes; the cut keeps a hostile field from costing more than this
  // (legal-form stripping erases from the front of the word list).
  utf8 = utf8.substr(0, kMaxNameBytes);
  Normalised out;
  if (const std::optional<FoldedText> plain = FoldPlain(utf8)) {
    AddNames(*plain, false, out.names);
    return out;
  }
  const UnicodePlugin* plugin = unicode_->Get();
  if (plugin == nullptr) {
    out.failure = unicode_->load_error;
    return out;
  }
  std::vector<FoldedText> variants;
  bool cjk = false;
  if (!plugin->Fold(utf8, variants, cjk, out.failure)) return out;
  for (const FoldedText& folded : variants) AddNames(folded, cjk, out.names);
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
