// The tokeniser and word steps of the normaliser (see tokenise.hpp).
#include "parties/tokenise.hpp"

#include <algorithm>

#include "parties/normalise.hpp"

namespace chipgate::parties {
namespace {

bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

}  // namespace

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

}  // namespace chipgate::parties
