// The byte-level half of the normaliser (see normalise.hpp): words in bracketed parts, legal
// forms stripped at the ends of each part, abbreviations, plurals, stop words and repeats.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace chipgate::parties {

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

// Splits folded UTF-8 into words. "s.a." stays one word ("sa"): a dot after a one-letter word
// keeps the word open; "&" is the word "and"; brackets start a new part.
Tokens Tokenise(std::string_view text);
// Strips legal forms from each part (a later part may go entirely); the steps applied.
std::uint16_t StripLegal(Tokens& t);
// The words of every part, or of the parts outside brackets.
std::vector<std::string> Words(const Tokens& t, bool with_bracketed);
bool HasBracketedPart(const Tokens& t);
// True when every bracketed part repeats the name ("(Huawei)") or abbreviates it: its first
// word is the initials of the name's first words ("(SMIC)", "(NSCC-CS)", "(NUDT)").
bool BracketsAreAcronyms(const Tokens& t, const std::vector<std::string>& initials_of);
// Abbreviations, plurals, stop words into `out`; `dedupe`: drop repeated words ("Huawei ...
// (Huawei)"), not for pinyin, where a syllable repeats within a name (设计 ... 集成: "ji" twice)
// and every one is needed to join words. Returns the steps applied.
std::uint16_t FinishWords(std::vector<std::string>& words, std::vector<std::string>& out, bool dedupe);

}  // namespace chipgate::parties
