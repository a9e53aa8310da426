// The word tables of the normaliser: legal forms in many languages (as they read after case
// folding and punctuation: "Co., Ltd." is `co ltd`, "S.A." is `sa`), abbreviations, and stop
// words. Legal forms are removed only at the ends of a name part, because some are ordinary
// words elsewhere ("AS" in "Aero AS Holdings").
#include <algorithm>
#include <array>
#include <string>

#include "parties/normalise.hpp"

namespace chipgate::parties {
namespace {

// Sequences first (longest win), then single words.
constexpr auto kLegalSequences = std::to_array<std::string_view>({
    "limited liability company", "public joint stock company", "closed joint stock company",
    "open joint stock company", "joint stock company", "limited liability partnership",
    "company limited", "co ltd", "co limited", "pte ltd", "pvt ltd", "pty ltd", "private limited",
    "sdn bhd", "kabushiki kaisha", "sociedad anonima", "societe anonyme", "societa per azioni",
    "gesellschaft mit beschrankter haftung", "aktiengesellschaft", "obshchestvo s ogranichennoy otvetstvennostyu",
    "aktsionernoye obshchestvo", "zakrytoye aktsionernoye obshchestvo", "co inc", "corp ltd",
    "company ltd", "holding co", "limited company", "sp z oo", "spolka z oo"});
constexpr auto kLegalWords = std::to_array<std::string_view>({
    "co", "ltd", "limited", "llc", "inc", "incorporated", "corp", "corporation", "company", "gmbh", "ag",
    "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "plc", "pte", "pvt", "pty", "oy", "oyj", "ab", "as",
    "asa", "aps", "kk", "ooo", "zao", "oao", "pao", "ao", "llp", "lp", "lda", "ltda", "sl", "sro", "kft",
    "zrt", "doo", "jsc", "pjsc", "cjsc", "ojsc", "fzco", "fze", "fzllc", "fzc", "bhd", "tbk", "pt", "cia",
    "sae", "sal", "wll", "gongsi", "youxian", "tov"});

constexpr auto kAbbreviations = std::to_array<std::pair<std::string_view, std::string_view>>({
    {"tech", "technology"}, {"techn", "technology"}, {"technol", "technology"}, {"intl", "international"},
    {"int'l", "international"}, {"mfg", "manufacturing"}, {"manuf", "manufacturing"}, {"info", "information"},
    {"elec", "electronic"}, {"electr", "electronic"}, {"sci", "science"}, {"univ", "university"},
    {"inst", "institute"}, {"grp", "group"}, {"dev", "development"}, {"natl", "national"}, {"ctr", "center"},
    {"centre", "center"}, {"indus", "industry"}, {"ind", "industry"}, {"eng", "engineering"},
    {"engg", "engineering"}, {"svcs", "service"}, {"svc", "service"}, {"hldgs", "holding"},
    {"hldg", "holding"}, {"assn", "association"}, {"acad", "academy"}, {"microelec", "microelectronics"},
    {"semicon", "semiconductor"}, {"corp", "corporation"}, {"ic", "integrated circuit"},
    {"ics", "integrated circuit"}});

// English only: "de", "du" and "la" are also pinyin syllables ("Cheng Du").
constexpr auto kStopWords = std::to_array<std::string_view>({"and", "of", "the", "for"});

// Whether the words of `seq` (space-separated) equal tokens [from, from + words).
bool SequenceAt(std::string_view seq, const std::vector<std::string>& tokens, std::size_t from, std::size_t words) {
  for (std::size_t i = from; i < from + words; ++i) {
    const std::size_t space = seq.find(' ');
    if (seq.substr(0, space) != tokens[i]) return false;
    seq = space == std::string_view::npos ? std::string_view() : seq.substr(space + 1);
  }
  return true;
}

// Each sequence with its word count and its first and last words, worked out at compile time:
// LegalAt runs for every name part of every list entry and every searched name (a fifth of
// loading a 30,000-entry list), and most sequences are ruled out by the one word at that end.
struct LegalSequence {
  std::string_view text, first, last;
  std::size_t words = 0;
};
constexpr auto kSequenceTable = [] {
  std::array<LegalSequence, kLegalSequences.size()> table{};
  for (std::size_t i = 0; i < kLegalSequences.size(); ++i) {
    const std::string_view seq = kLegalSequences[i];
    const std::size_t last_space = seq.rfind(' ');
    table[i] = {seq, seq.substr(0, seq.find(' ')), last_space == std::string_view::npos ? seq : seq.substr(last_space + 1),
                1 + static_cast<std::size_t>(std::count(seq.begin(), seq.end(), ' '))};
  }
  return table;
}();

// Length in tokens of the legal form ending at `end` (or starting at `begin`), 0 if none.
std::size_t LegalAt(const std::vector<std::string>& tokens, std::size_t begin, std::size_t end, bool at_end) {
  const std::size_t n = end - begin;
  const std::string_view edge = at_end ? tokens[end - 1] : tokens[begin];
  for (const LegalSequence& seq : kSequenceTable) {
    if (seq.words > n || (at_end ? seq.last : seq.first) != edge) continue;
    if (SequenceAt(seq.text, tokens, at_end ? end - seq.words : begin, seq.words)) return seq.words;
  }
  const std::string& t = at_end ? tokens[end - 1] : tokens[begin];
  for (const std::string_view w : kLegalWords) {
    if (t == w) return 1;
  }
  return 0;
}

}  // namespace

bool StripLegalForms(std::vector<std::string>& tokens, std::size_t begin, std::size_t& end, std::size_t keep) {
  bool removed = false;
  for (std::size_t k = 0; end - begin > keep && (k = LegalAt(tokens, begin, end, true)) > 0 && k + keep <= end - begin;) {
    tokens.erase(tokens.begin() + static_cast<std::ptrdiff_t>(end - k), tokens.begin() + static_cast<std::ptrdiff_t>(end));
    end -= k;
    removed = true;
  }
  for (std::size_t k = 0; end - begin > keep && (k = LegalAt(tokens, begin, end, false)) > 0 && k + keep <= end - begin;) {
    tokens.erase(tokens.begin() + static_cast<std::ptrdiff_t>(begin), tokens.begin() + static_cast<std::ptrdiff_t>(begin + k));
    end -= k;
    removed = true;
  }
  return removed;
}

namespace {

std::string_view Singular(std::string_view token, std::string& scratch) {
  // Plurals: "technologies" → "technology", "threads" → "thread"; not "gauss", "status", "vitis".
  const std::size_t n = token.size();
  if (n >= 5 && token.substr(n - 3) == "ies") {
    scratch.assign(token.substr(0, n - 3)).push_back('y');
    return scratch;
  }
  if (n >= 5 && token.back() == 's') {
    const char before = token[n - 2];
    if (before != 's' && before != 'u' && before != 'i' && before != 'o') return token.substr(0, n - 1);
  }
  return token;
}

}  // namespace

std::string_view ExpandToken(std::string_view token, std::string& scratch) {
  for (const auto& [abbreviation, full] : kAbbreviations) {
    if (token == abbreviation) return full;
  }
  const std::string_view singular = Singular(token, scratch);
  for (const auto& [abbreviation, full] : kAbbreviations) {
    if (singular == abbreviation) return full;  // "techs" → "tech" → "technology"
  }
  return singular;
}

bool IsStopWord(std::string_view token) {
  for (const std::string_view w : kStopWords) {
    if (token == w) return true;
  }
  return false;
}

}  // namespace chipgate::parties
