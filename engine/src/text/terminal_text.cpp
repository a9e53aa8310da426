// The terminal filter (see terminal_text.hpp).
#include "text/terminal_text.hpp"

#include "text/utf8.hpp"

namespace chipgate {
namespace {

using text_detail::kReplacementCharacter;

bool PassesAsIs(char c) { return (c >= 0x20 && c < 0x7F) || c == '\n' || c == '\t'; }

}  // namespace

void TerminalFilter::Append(std::string_view bytes, std::string& out) {
  std::string joined;
  std::string_view text = bytes;
  if (!pending_.empty()) {
    joined = pending_ + std::string(bytes);
    pending_.clear();
    text = joined;
  }
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t plain = at;
    while (plain < text.size() && PassesAsIs(text[plain])) ++plain;
    out.append(text.substr(at, plain - at));
    at = plain;
    if (at < text.size()) at = AppendOne(text, at, out);
  }
}

// One character that is not plain ASCII; returns where the next one starts (the end of `text`
// when what is left is an unfinished sequence, kept for the next Append).
std::size_t TerminalFilter::AppendOne(std::string_view text, std::size_t at, std::string& out) {
  if (text[at] == '\r') {
    if (at + 1 == text.size()) {
      pending_ = "\r";
      return text.size();
    }
    out += text[at + 1] == '\n' ? std::string_view("\r\n") : kReplacementCharacter;
    return at + (text[at + 1] == '\n' ? 2 : 1);
  }
  const text_detail::Decoded d = text_detail::DecodeAt(text, at);
  if (!d.valid && at + d.length >= text.size() && d.length < text_detail::SequenceLength(static_cast<unsigned char>(text[at]))) {
    pending_ = std::string(text.substr(at));
    return text.size();
  }
  out += d.valid && text_detail::IsVisibleOrLayout(d.code_point) ? text.substr(at, d.length) : kReplacementCharacter;
  return at + d.length;
}

void TerminalFilter::Finish(std::string& out) {
  if (!pending_.empty()) out += kReplacementCharacter;
  pending_.clear();
}

}  // namespace chipgate
