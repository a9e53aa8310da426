// Name normalisation for screening: the same pipeline for listed names (once, when indexing)
// and for queries. Steps, in order: Unicode NFKC with case folding; apostrophes dropped and
// other quotes made spaces; Chinese, Japanese and Korean legal forms removed; non-Latin scripts
// transliterated (ICU: Han-Latin pinyin, Russian BGN/PCGN, Any-Latin); diacritics removed
// (these Unicode steps run in the Unicode plugin, unicode_plugin.hpp, loaded for the first name
// that is not ASCII);
// punctuation made spaces ("S.A." → "sa", "&" → "and"); legal-form words removed at the ends of
// the name and of each parenthesised part; abbreviations expanded and plurals folded; stop
// words dropped; repeated tokens dropped. Each step that changed something is recorded, so a
// match can say what was done to both sides.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace chipgate::parties {

enum NormStep : std::uint16_t {
  kStepCaseFold = 1U << 0,
  kStepQuotes = 1U << 1,
  kStepTransliterated = 1U << 2,
  kStepDiacritics = 1U << 3,
  kStepPunctuation = 1U << 4,
  kStepLegalForm = 1U << 5,
  kStepAbbreviation = 1U << 6,
  kStepStopWords = 1U << 7,
  kStepHanWords = 1U << 8,
  kStepRepeated = 1U << 9,
  kStepBracketed = 1U << 10,   // a bracketed acronym or repeat left out: "(SMIC)", "(Huawei)"
  kStepQualifier = 1U << 11,   // a bracketed qualifier left out: "(Beijing)"; scores are lowered
};
// "case folded (NFKC)", "legal form removed", ... in step order.
std::vector<std::string> StepNames(std::uint16_t steps);

struct NormalisedName {
  std::vector<std::string> tokens;
  std::uint16_t steps = 0;
};

// Names are normalised from their first kMaxNameBytes bytes (a cut inside a UTF-8 sequence
// becomes U+FFFD, which the tokeniser treats as a letter).
inline constexpr std::size_t kMaxNameBytes = 1024;

// A name's normalised variants, or why it has none: a Unicode step could not run (the plugin
// cannot be loaded, or ICU failed). Fail closed: such a name must never be screened as clean.
struct Normalised {
  std::vector<NormalisedName> names;
  std::string failure;  // empty: normalised
};

class Normaliser {
 public:
  // `unicode_plugin`: the plugin file to load; empty: look where UnicodePluginPlaces() says.
  explicit Normaliser(std::string unicode_plugin = {});
  ~Normaliser();
  Normaliser(Normaliser&&) noexcept;
  Normaliser& operator=(Normaliser&&) noexcept;

  // One variant for most names. A name with Chinese characters gets two: pure pinyin (as
  // Chinese names are romanised on the lists: "Haiguang Xinxi Jishu") and one with common
  // business words translated ("科技" → "technology", as in "Beijing Zhipu Huazhang
  // Technology"). A name with a bracketed part ("Moore Thread ... (Beijing) Co., Ltd.") also
  // gets a variant without it, since documents often leave the qualifier out. Not thread-safe:
  // the plugin is loaded, and its ICU transliterators made, on first use and reused.
  Normalised Normalise(std::string_view utf8) const;

 private:
  struct Unicode;
  std::unique_ptr<Unicode> unicode_;
};

// Word tables (legal_forms.cpp; the Chinese ones are the plugin's, engine/plugin/han_words.cpp).
// Removes legal-form token sequences from both ends of [begin, end), leaving at least `keep`
// tokens ("Company" alone is a name); true if any was removed.
bool StripLegalForms(std::vector<std::string>& tokens, std::size_t begin, std::size_t& end, std::size_t keep);
// The expansion of an abbreviation ("intl" → "international"; may be several words: "ic" →
// "integrated circuit"), or the token's singular.
std::string_view ExpandToken(std::string_view token, std::string& scratch);
bool IsStopWord(std::string_view token);

}  // namespace chipgate::parties
