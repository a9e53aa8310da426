// JSON writing: escaping and structure.
#include "text/json.hpp"

#include <fmt/format.h>

#include <cstdint>
#include <cstring>
#include <iterator>

#include "text/utf8.hpp"

namespace chipgate {

namespace {

void AppendEscaped(std::string& out, char c) {
  switch (c) {
    case '"': out += "\\\""; break;
    case '\\': out += "\\\\"; break;
    case '\n': out += "\\n"; break;
    case '\r': out += "\\r"; break;
    case '\t': out += "\\t"; break;
    default: out += fmt::format("\\u{:04x}", static_cast<unsigned>(static_cast<unsigned char>(c)));
  }
}

// A non-ASCII character: itself when valid UTF-8 (C1 controls escaped), else U+FFFD, so the
// output is always valid UTF-8. Returns the bytes consumed.
std::size_t AppendNonAscii(std::string& out, std::string_view text, std::size_t at) {
  const text_detail::Decoded d = text_detail::DecodeAt(text, at);
  if (!d.valid) {
    out += text_detail::kReplacementCharacter;
  } else if (d.code_point <= 0x9F) {
    out += fmt::format("\\u{:04x}", static_cast<unsigned>(d.code_point));
  } else {
    out += text.substr(at, d.length);
  }
  return d.length;
}

// The length of the prefix of `text` that JSON takes as it is: printable ASCII other than '"'
// and '\\'. Eight bytes at a time (SWAR): the answer of a check is ~8 KB of such text, rendered
// once per server request, and a byte-at-a-time loop was a third of the rendering.
std::size_t PlainPrefix(std::string_view text) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
  const auto has_zero_byte = [](std::uint64_t v) { return (v - kOnes) & ~v & kHigh; };
  std::size_t at = 0;
  for (; at + 8 <= text.size(); at += 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, text.data() + at, 8);
    // A byte is special if it is below 0x20, is 0x7F or above (high bit, or equal to 0x7F),
    // or is '"' or '\\'. Each test leaves the high bit of a special byte set.
    const std::uint64_t below_space = (word - kOnes * 0x20) & ~word & kHigh;
    const std::uint64_t high_or_del = (word | ((word + kOnes) & kHigh)) & kHigh;
    const std::uint64_t quote = has_zero_byte(word ^ (kOnes * '"'));
    const std::uint64_t backslash = has_zero_byte(word ^ (kOnes * '\\'));
    if ((below_space | high_or_del | quote | backslash) != 0) break;
  }
  for (; at < text.size(); ++at) {
    const auto c = static_cast<unsigned char>(text[at]);
    if (c < 0x20 || c >= 0x7F || c == '"' || c == '\\') break;
  }
  return at;
}

}  // namespace

void AppendJsonEscaped(std::string& out, std::string_view text) {
  while (!text.empty()) {
    const std::size_t plain = PlainPrefix(text);
    out.append(text.data(), plain);
    text.remove_prefix(plain);
    if (text.empty()) break;
    std::size_t consumed = 1;
    if (static_cast<unsigned char>(text[0]) >= 0x80) {
      consumed = AppendNonAscii(out, text, 0);
    } else {
      AppendEscaped(out, text[0]);
    }
    text.remove_prefix(consumed);
  }
}

std::string JsonEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  AppendJsonEscaped(out, text);
  return out;
}

JsonWriter JsonWriter::ValueAt(int indent, std::size_t depth) {
  JsonWriter w(indent);
  w.stack_.assign(depth, Level{true, false});
  w.after_key_ = true;
  return w;
}

void JsonWriter::NewLine() {
  if (indent_ <= 0) return;
  out_ += '\n';
  out_.append(stack_.size() * static_cast<std::size_t>(indent_), ' ');
}

void JsonWriter::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!stack_.empty()) {
    if (!stack_.back().empty) out_ += ',';
    stack_.back().empty = false;
    NewLine();
  }
}

JsonWriter& JsonWriter::BeginObject() {
  BeforeValue();
  out_ += '{';
  stack_.push_back({true, true});
  return *this;
}

JsonWriter& JsonWriter::EndObject() {
  const bool empty = stack_.back().empty;
  stack_.pop_back();
  if (!empty) NewLine();
  out_ += '}';
  return *this;
}

JsonWriter& JsonWriter::BeginArray() {
  BeforeValue();
  out_ += '[';
  stack_.push_back({false, true});
  return *this;
}

JsonWriter& JsonWriter::EndArray() {
  const bool empty = stack_.back().empty;
  stack_.pop_back();
  if (!empty) NewLine();
  out_ += ']';
  return *this;
}

JsonWriter& JsonWriter::Key(std::string_view key) {
  BeforeValue();
  out_ += '"';
  AppendJsonEscaped(out_, key);
  out_ += indent_ > 0 ? "\": " : "\":";
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::String(std::string_view value) {
  BeforeValue();
  out_ += '"';
  AppendJsonEscaped(out_, value);
  out_ += '"';
  return *this;
}

JsonWriter& JsonWriter::Bool(bool value) {
  BeforeValue();
  out_ += value ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::Null() {
  BeforeValue();
  out_ += "null";
  return *this;
}

JsonWriter& JsonWriter::Number(std::string_view decimal_text) {
  BeforeValue();
  out_ += decimal_text;
  return *this;
}

JsonWriter& JsonWriter::Raw(std::string_view json) {
  BeforeValue();
  out_ += json;
  return *this;
}

JsonWriter& JsonWriter::Int(long long value) {
  BeforeValue();
  fmt::format_to(std::back_inserter(out_), "{}", value);
  return *this;
}

JsonWriter& JsonWriter::StringArray(std::string_view key, std::span<const std::string> values) {
  Key(key).BeginArray();
  for (const auto& v : values) String(v);
  return EndArray();
}

}  // namespace chipgate
