// Nesting pre-check (see nesting.hpp).
#include "syntax/nesting.hpp"

namespace chipgate::syntax {
namespace {

bool IsWordChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

}  // namespace

std::optional<std::size_t> FindExcessiveNesting(const std::string& text, std::uint32_t limit) {
  std::uint32_t depth = 0;
  std::uint32_t prefix_run = 0;  // consecutive `not` and `-`, brackets aside, with no operand between
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (c == '#') {
      while (i < text.size() && text[i] != '\n') ++i;
      continue;
    }
    if (c == '"') {
      for (++i; i < text.size() && text[i] != '"' && text[i] != '\n'; ++i) {
        if (text[i] == '\\') ++i;
      }
      ++i;
      prefix_run = 0;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      ++i;
      continue;
    }
    const bool is_not = text.compare(i, 3, "not") == 0 && (i + 3 >= text.size() || !IsWordChar(text[i + 3])) &&
                        (i == 0 || !IsWordChar(text[i - 1]));
    if (c == '(' || c == '[' || c == '{') {
      ++depth;  // a bracket neither extends nor ends a run of prefix operators
    } else if (c == ')' || c == ']' || c == '}') {
      if (depth > 0) --depth;
      prefix_run = 0;
    } else if (c == '-' || is_not) {
      ++prefix_run;
    } else {
      prefix_run = 0;
    }
    if (depth + prefix_run > limit) return i;
    i += is_not ? 3 : 1;
  }
  return std::nullopt;
}

}  // namespace chipgate::syntax
