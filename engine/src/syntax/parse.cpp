// The parse driver: one declaration at a time, syntax errors as diagnostics, recovery at the
// next declaration. Exceptions from X3 expectation points stay inside this file.
#include "syntax/parse.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <sstream>

#include "syntax/grammar.hpp"
#include "syntax/nesting.hpp"
#include "syntax/to_ast.hpp"
#include "text/spelling.hpp"

namespace chipgate {
namespace {

using syntax::Iterator;
namespace x3 = boost::spirit::x3;

bool IsWordChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// The token starting at `pos`, for "found `...`" (a word, or one punctuation character).
std::string_view TokenAt(const std::string& text, std::size_t pos) {
  if (pos >= text.size()) return {};
  std::size_t end = pos;
  if (IsWordChar(text[pos])) {
    while (end < text.size() && (IsWordChar(text[end]) || text[end] == '.' || text[end] == ':' ||
                                 text[end] == '-') && end - pos < 40) {
      ++end;
    }
  } else {
    end = pos + 1;
    // A whole UTF-8 code point, so messages never show half a character.
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0U) == 0x80U) ++end;
  }
  return std::string_view(text).substr(pos, end - pos);
}

bool IsNonAscii(std::string_view token) { return !token.empty() && (static_cast<unsigned char>(token[0]) & 0x80U) != 0; }

// X3 names literals as 'x' or "x"; show them the way our messages quote code.
std::string Expected(const std::string& which) {
  if (which.size() >= 2 && (which.front() == '\'' || which.front() == '"') && which.back() == which.front()) {
    return "`" + which.substr(1, which.size() - 2) + "`";
  }
  return which;
}

std::string Found(const std::string& text, std::size_t pos) {
  const std::string_view token = TokenAt(text, pos);
  if (token.empty()) return "end of file";
  if (token == "\n" || token == "\r") return "end of line";
  return fmt::format("`{}`", token);
}

Span TokenSpan(std::uint32_t file, const std::string& text, std::size_t pos) {
  const auto length = std::max<std::size_t>(TokenAt(text, pos).size(), 1);
  return Span{file, static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(std::min(pos + length, text.size()))};
}

// Where the next token starts: X3 reports failures before skipping white space and comments.
std::size_t SkipBlank(const std::string& text, std::size_t pos) {
  while (pos < text.size()) {
    if (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\r' || text[pos] == '\n') {
      ++pos;
    } else if (text[pos] == '#') {
      while (pos < text.size() && text[pos] != '\n') ++pos;
    } else {
      break;
    }
  }
  return pos;
}

bool AtLineStart(const std::string& text, std::size_t pos) { return pos == 0 || text[pos - 1] == '\n'; }

// Next position at the start of a line that begins with a declaration keyword.
std::size_t Resynchronise(const std::string& text, std::size_t pos) {
  pos = text.find('\n', pos);
  while (pos != std::string::npos) {
    ++pos;
    const std::string_view word = TokenAt(text, pos);
    if (syntax::grammar::IsDeclarationKeyword(std::string(word))) return pos;
    pos = text.find('\n', pos);
  }
  return text.size();
}

Diagnostic UnexpectedStart(std::uint32_t file, const std::string& text, std::size_t pos) {
  const std::string word(TokenAt(text, pos));
  if (IsNonAscii(word)) {
    Diagnostic d = Error("E0108", fmt::format("unexpected character `{}`", word), TokenSpan(file, text, pos));
    d.help = "names use ASCII letters, digits and `_`; other text belongs in a \"string\" or a # comment";
    return d;
  }
  if (!AtLineStart(text, pos) && !word.empty() && IsWordChar(word[0])) {
    std::vector<std::string> clauses;
    for (const char* const* k = syntax::grammar::ClauseKeywords(); *k != nullptr; ++k) clauses.emplace_back(*k);
    Diagnostic d = Error("E0102", fmt::format("unknown clause `{}`", word), TokenSpan(file, text, pos));
    if (const auto near = ClosestMatch(word, clauses)) {
      d.help = fmt::format("did you mean `{}`?", *near);
    } else {
      d.notes.push_back("a rule's clauses are: effective, until, supersedes, cite, status, as, when, "
                        "unless, excludes, for, review, of, authorizes, code, requires, letter, source");
    }
    return d;
  }
  return Error("E0103",
               fmt::format("expected a declaration (ruleset, include, param, table, metric, group, set, "
                           "treat, classify, note, require, override or exception), found {}",
                           Found(text, pos)),
               TokenSpan(file, text, pos));
}

}  // namespace

ParseOutput Parse(const SourceSet& sources, std::uint32_t file_id, const ParseLimits& limits) {
  ParseOutput out;
  out.file.source = file_id;
  const std::string& text = sources.file(file_id).text();
  if (text.size() > limits.max_file_bytes) {
    out.diagnostics.push_back(Error("E0106", fmt::format("file is larger than the limit of {} bytes", limits.max_file_bytes),
                                    Span{file_id, 0, 0}));
    return out;
  }
  if (auto too_deep = syntax::FindExcessiveNesting(text, limits.max_nesting)) {
    out.diagnostics.push_back(Error("E0104", fmt::format("nesting deeper than the limit of {}", limits.max_nesting),
                                    TokenSpan(file_id, text, *too_deep)));
    return out;
  }
  const Iterator begin = text.begin();
  const Iterator end = text.end();
  std::ostringstream sink;  // X3's own error printing is not used
  syntax::ErrorHandler handler(begin, end, sink, sources.file(file_id).path());
  const auto parser = x3::with<x3::error_handler_tag>(std::ref(handler))[syntax::grammar::Declaration()];
  Iterator it = begin;
  while (true) {
    x3::parse(it, end, *syntax::kSkipper);
    if (it == end) break;
    const auto start = static_cast<std::size_t>(it - begin);
    syntax::cst::Decl decl;
    try {
      if (x3::phrase_parse(it, end, parser, syntax::kSkipper, decl)) {
        syntax::AppendDecl(decl, handler, begin, out.file, out.diagnostics);
        continue;
      }
      out.diagnostics.push_back(UnexpectedStart(file_id, text, start));
      // A misspelt clause ends the rule before it early; its missing clauses are not news.
      if (!out.file.decls.empty() && !AtLineStart(text, start)) {
        if (auto* rule = std::get_if<ast::RuleDecl>(&out.file.decls.back())) rule->incomplete = true;
      }
    } catch (const x3::expectation_failure<Iterator>& failure) {
      const auto where = SkipBlank(text, static_cast<std::size_t>(failure.where() - begin));
      Diagnostic d = Error("E0101", fmt::format("expected {}, found {}", Expected(failure.which()), Found(text, where)),
                           TokenSpan(file_id, text, where));
      if (IsNonAscii(TokenAt(text, where))) d.help = "names use ASCII letters, digits and `_`; other text belongs in a \"string\" or a # comment";
      out.diagnostics.push_back(std::move(d));
    }
    it = begin + static_cast<std::ptrdiff_t>(Resynchronise(text, start));
  }
  return out;
}

}  // namespace chipgate
