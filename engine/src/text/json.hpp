// A small streaming JSON writer. chipgate only writes JSON (reports, CLI output, diagnostics),
// never reads it, so a writer that gets escaping and commas right is all we need; it beats
// adding a JSON library dependency.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace chipgate {

// Escapes for a JSON string body: quotes, backslash and every control character (C0, DEL, C1)
// escaped; valid UTF-8 passes through and each invalid sequence becomes U+FFFD, so the result is
// always valid UTF-8, whatever the input bytes.
std::string JsonEscape(std::string_view text);
// The same, appended to `out` (no temporary string).
void AppendJsonEscaped(std::string& out, std::string_view text);

class JsonWriter {
 public:
  explicit JsonWriter(int indent = 2) : indent_(indent) {}
  // A writer for one value that will be placed, with Raw, after a key at `depth` (the number of
  // objects and arrays open around that key) of a writer with the same indent: the text of a
  // value rendered once and reused in many documents.
  static JsonWriter ValueAt(int indent, std::size_t depth);

  // Room for a document of about this size (an answer is rendered in one buffer, grown once).
  void Reserve(std::size_t bytes) { out_.reserve(bytes); }
  int indent() const { return indent_; }
  std::size_t depth() const { return stack_.size(); }

  JsonWriter& BeginObject();
  JsonWriter& EndObject();
  JsonWriter& BeginArray();
  JsonWriter& EndArray();
  JsonWriter& Key(std::string_view key);
  JsonWriter& String(std::string_view value);
  JsonWriter& Bool(bool value);
  JsonWriter& Null();
  // A number written verbatim (the caller passes decimal text it already formatted exactly).
  JsonWriter& Number(std::string_view decimal_text);
  JsonWriter& Int(long long value);
  // A value that is already JSON text (a stored params object), written verbatim.
  JsonWriter& Raw(std::string_view json);

  // Convenience for "key": value pairs.
  JsonWriter& Field(std::string_view key, std::string_view value) { return Key(key).String(value); }
  JsonWriter& Field(std::string_view key, const char* value) { return Key(key).String(value); }
  JsonWriter& Field(std::string_view key, bool value) { return Key(key).Bool(value); }
  JsonWriter& StringArray(std::string_view key, std::span<const std::string> values);
  JsonWriter& StringArray(std::string_view key, const std::vector<std::string>& values) {
    return StringArray(key, std::span<const std::string>(values));
  }

  const std::string& str() const { return out_; }
  std::string Take() { return std::move(out_); }

 private:
  void BeforeValue();
  void NewLine();

  struct Level {
    bool is_object;
    bool empty;
  };
  std::string out_;
  std::vector<Level> stack_;
  bool after_key_ = false;
  int indent_;
};

}  // namespace chipgate
