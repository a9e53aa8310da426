// See request_frame.hpp. Each rule names the httplib 0.11.4 code it mirrors; the fuzz target
// (tests/fuzz/fuzz_server.cpp) runs httplib on every frame said to be complete and fails if
// httplib reads past it.
#include "request_frame.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

namespace chipgate::server {
namespace {

using Kind = RequestFrame::Kind;

bool SpaceOrTab(char c) { return c == ' ' || c == '\t'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && SpaceOrTab(s.front())) s.remove_prefix(1);
  while (!s.empty() && SpaceOrTab(s.back())) s.remove_suffix(1);
  return s;
}

bool SameLetters(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

struct RequestLine {
  bool valid = false;
  std::string_view method, target;
};

// Server::parse_request_line: the line (with its CRLF, read as a C string, so up to a NUL) split
// at spaces into exactly three trimmed non-empty words, a known method and HTTP/1.0 or 1.1.
RequestLine ParseRequestLine(std::string_view line) {
  RequestLine r;
  line = line.substr(0, line.find('\0'));
  if (line.size() < 2 || line.substr(line.size() - 2) != "\r\n") return r;
  line.remove_suffix(2);
  std::array<std::string_view, 3> words;
  std::size_t count = 0;
  std::size_t begin = 0;
  for (std::size_t i = 0; i <= line.size(); ++i) {
    if (i < line.size() && line[i] != ' ') continue;
    const std::string_view word = Trim(line.substr(begin, i - begin));
    if (!word.empty()) {
      if (count < words.size()) words[count] = word;
      ++count;
    }
    begin = i + 1;
  }
  if (count != 3) return r;
  static constexpr std::array<std::string_view, 10> kMethods = {"GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH", "PRI"};
  if (std::find(kMethods.begin(), kMethods.end(), words[0]) == kMethods.end()) return r;
  if (words[2] != "HTTP/1.1" && words[2] != "HTTP/1.0") return r;
  r = {true, words[0], words[1]};
  return r;
}

// detail::expect_content: the methods whose body httplib reads.
bool ReadsBody(std::string_view method) {
  return method == "POST" || method == "PUT" || method == "PATCH" || method == "PRI" || method == "DELETE";
}

struct BodyHeaders {
  bool line_too_long = false;               // read_headers fails there: no body is read
  std::optional<std::string_view> length;   // the first Content-Length's value
  bool transfer_encoding = false;
  bool expect = false;
};

// detail::read_headers and parse_header over the header lines (each ending in LF, the head's
// blank line excluded): lines not ending in CRLF are skipped, a CRLF line longer than the limit
// ends the head, and a header is its text before the first colon (as it is, compared without
// case) with a value trimmed of spaces and tabs; an empty value is no header.
BodyHeaders ReadBodyHeaders(std::string_view lines) {
  BodyHeaders h;
  while (!lines.empty()) {
    const std::size_t lf = lines.find('\n');
    std::string_view line = lines.substr(0, lf + 1);
    lines.remove_prefix(line.size());
    if (line.size() < 2 || line[line.size() - 2] != '\r') continue;
    if (line.size() > kHttplibHeaderLineMax) {
      h.line_too_long = true;
      return h;
    }
    line.remove_suffix(2);
    while (!line.empty() && SpaceOrTab(line.back())) line.remove_suffix(1);
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    const std::string_view name = line.substr(0, colon);
    const std::string_view value = Trim(line.substr(colon + 1));
    if (value.empty()) continue;
    if (SameLetters(name, "Content-Length")) {
      if (!h.length) h.length = value;
    } else if (SameLetters(name, "Transfer-Encoding")) {
      h.transfer_encoding = true;
    } else if (SameLetters(name, "Expect")) {
      h.expect = true;
    }
  }
  return h;
}

// Plain decimal digits, as strtoull reads them. Any other form (a sign, a suffix, a %-escape,
// which httplib 0.11.4 decodes in header values) is left to httplib itself on the socket.
std::optional<std::uint64_t> PlainLength(std::string_view text) {
  if (text.empty() || text.size() > 18) return std::nullopt;
  std::uint64_t n = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + static_cast<std::uint64_t>(c - '0');
  }
  return n;
}

}  // namespace

RequestFrame FrameRequest(std::string_view bytes, const FrameLimits& limits) {
  RequestFrame f;
  const std::size_t line_end = bytes.find('\n');
  if (line_end == std::string_view::npos) {
    if (bytes.size() > limits.max_head_bytes) f.kind = Kind::kHeadTooLarge;
    return f;
  }
  const RequestLine line = ParseRequestLine(bytes.substr(0, line_end + 1));
  f.method = line.method;
  f.path = line.target.substr(0, line.target.find('?'));
  // A line over httplib's limit is answered 414 once the headers are read, whatever it says.
  const bool too_long = line_end + 1 > kHttplibRequestLineMax;
  if (!line.valid && !too_long) {  // httplib answers 400 after this line alone
    f.kind = Kind::kComplete;
    f.size = line_end + 1;
    return f;
  }
  // The head ends at the first line that is exactly CRLF; lines start after every LF, and the
  // first LF ends the request line, so that is the first "\n\r\n".
  const std::size_t blank = bytes.find("\n\r\n", line_end);
  if (blank == std::string_view::npos || blank + 3 > limits.max_head_bytes) {
    if (bytes.size() > limits.max_head_bytes) f.kind = Kind::kHeadTooLarge;
    return f;
  }
  const std::size_t head = blank + 3;
  const BodyHeaders h = ReadBodyHeaders(bytes.substr(line_end + 1, blank - line_end));
  f.size = head;
  if (too_long || h.line_too_long || !ReadsBody(line.method)) {
    f.kind = Kind::kComplete;
    return f;
  }
  // detail::read_content: chunked first, then no length (read until the input ends), then the
  // length.
  if (!h.transfer_encoding && !h.length) {
    f.kind = Kind::kComplete;
    f.body_ends_at_input_end = true;
    return f;
  }
  const std::optional<std::uint64_t> length = h.length ? PlainLength(*h.length) : std::nullopt;
  if (h.transfer_encoding || !length) {
    f.kind = Kind::kStreamed;
    return f;
  }
  f.body = *length;
  if (f.body > limits.max_body_bytes) {
    f.kind = Kind::kOverLimit;
  } else if (f.body <= bytes.size() - head) {
    f.kind = Kind::kComplete;
    f.size = head + static_cast<std::size_t>(f.body);
  } else if (h.expect || f.body > limits.max_buffered_body) {
    // A client that sent `Expect` may wait for "100 Continue" before its body, which httplib
    // sends when it reads the head; a body this large is read by the worker that answers it.
    f.kind = Kind::kStreamed;
  }
  return f;
}

}  // namespace chipgate::server
