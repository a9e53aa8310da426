// HTML escaping and sanitising against hostile shipment names: markup, attribute breakouts,
// NUL and other controls, every kind of ill-formed UTF-8, and bidirectional overrides.
#include <gtest/gtest.h>

#include <random>

#include "text/html.hpp"

namespace chipgate {
namespace {

const std::string kFffd = "\xEF\xBF\xBD";

std::string Fffd(int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += kFffd;
  return out;
}

TEST(HtmlEscape, EscapesMarkup) {
  EXPECT_EQ(HtmlEscape("<script>alert(1)</script>"), "&lt;script&gt;alert(1)&lt;/script&gt;");
  EXPECT_EQ(HtmlEscape("\"><img src=x onerror=alert(1)>"),
            "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
  EXPECT_EQ(HtmlEscape("' onmouseover='alert(1)"), "&#39; onmouseover=&#39;alert(1)");
  EXPECT_EQ(HtmlEscape("AT&T"), "AT&amp;T");
  EXPECT_EQ(HtmlEscape("&amp;"), "&amp;amp;");  // entities in the input are text, not markup
  EXPECT_EQ(HtmlEscape(""), "");
}

TEST(HtmlEscape, KeepsOrdinaryTextIncludingNonAscii) {
  const std::string text =
      "H100 SXM5 80GB, N\xC3\xBCrnberg \xE6\x9D\xB1\xE4\xBA\xAC \xF0\x9F\x98\x80";
  EXPECT_EQ(HtmlEscape(text), text);
  EXPECT_EQ(HtmlEscape("line one\nline two\ttab\r\n"), "line one\nline two\ttab\r\n");
  EXPECT_EQ(HtmlEscape("\xC2\xA0"), "\xC2\xA0");  // no-break space is text
}

TEST(HtmlEscape, ReplacesNulAndControlCharacters) {
  EXPECT_EQ(HtmlEscape(std::string("a\0b", 3)), "a" + kFffd + "b");
  EXPECT_EQ(HtmlEscape("\x1b[31mred"), kFffd + "[31mred");  // a terminal escape
  EXPECT_EQ(HtmlEscape("\x01\x08\x0b\x0c\x1f\x7f"), Fffd(6));
  EXPECT_EQ(HtmlEscape("\xC2\x80\xC2\x85\xC2\x9F"), Fffd(3));  // C1 controls
}

TEST(HtmlEscape, ReplacesBidirectionalControls) {
  // U+202E RIGHT-TO-LEFT OVERRIDE would display "invoice\u202Efdp.exe" as "invoiceexe.pdf".
  EXPECT_EQ(HtmlEscape("invoice\xE2\x80\xAE" "fdp.exe"), "invoice" + kFffd + "fdp.exe");
  EXPECT_EQ(HtmlEscape("\xE2\x80\xAA\xE2\x81\xA6\xE2\x81\xA9"), Fffd(3));
  EXPECT_EQ(HtmlEscape("\xE2\x80\x8E"), "\xE2\x80\x8E");  // a left-to-right mark is harmless
}

// One U+FFFD per maximal subpart of an ill-formed sequence, as browsers decode (WHATWG).
TEST(HtmlEscape, ReplacesInvalidUtf8) {
  const std::pair<std::string, std::string> cases[] = {
      {"\x80", Fffd(1)},                         // lone continuation byte
      {"\xBF\x80", Fffd(2)},
      {"\xFF\xFE", Fffd(2)},                     // never valid
      {"\xC0\xAF", Fffd(2)},                     // overlong '/'
      {"\xE0\x80\xAF", Fffd(3)},                 // overlong, three bytes
      {"\xED\xA0\x80", Fffd(3)},                 // surrogate U+D800
      {"\xF4\x90\x80\x80", Fffd(4)},             // above U+10FFFF
      {"\xF5\x80", Fffd(2)},
      {"\xE2\x82", Fffd(1)},                     // truncated at the end
      {"\xF0\x9F\x98", Fffd(1)},
      {"\xE2\x82x", kFffd + "x"},                // truncated, then ASCII
  };
  for (const auto& [input, expected] : cases) {
    EXPECT_EQ(HtmlEscape(input), expected) << ::testing::PrintToString(input);
  }
}

// The security property: a broken sequence never swallows the markup byte after it, and an
// overlong encoding of '<' never becomes '<'.
TEST(HtmlEscape, InvalidBytesCannotHideMarkup) {
  EXPECT_EQ(HtmlEscape("\xE2\x82<script>"), kFffd + "&lt;script&gt;");
  EXPECT_EQ(HtmlEscape("\xC3\""), kFffd + "&quot;");
  EXPECT_EQ(HtmlEscape("\xC0\xBC"), Fffd(2));  // overlong '<'
  EXPECT_EQ(HtmlEscape("\xF0\x80\x80\xBC"), Fffd(4));
}

TEST(HtmlEscape, SanitizeKeepsMarkupButCleansBytes) {
  EXPECT_EQ(SanitizeText("<b>&'\""), "<b>&'\"");
  EXPECT_EQ(SanitizeText(std::string("x\0\xFF", 3)), "x" + Fffd(2));
}

// Random bytes: the output never carries a raw markup character or a disallowed control,
// and sanitising is idempotent (its output is already clean).
TEST(HtmlEscape, RandomBytesComeOutClean) {
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> byte(0, 255);
  for (int trial = 0; trial < 2000; ++trial) {
    std::string input(std::uniform_int_distribution<std::size_t>(0, 24)(rng), '\0');
    for (char& c : input) c = static_cast<char>(byte(rng));
    const std::string escaped = HtmlEscape(input);
    for (const char c : escaped) {
      const auto u = static_cast<unsigned char>(c);
      ASSERT_TRUE(c != '<' && c != '>' && c != '"' && c != '\'') << escaped;
      ASSERT_TRUE(u >= 0x20 || c == '\t' || c == '\n' || c == '\r') << escaped;
      ASSERT_NE(u, 0x7F);
    }
    const std::string clean = SanitizeText(input);
    ASSERT_EQ(SanitizeText(clean), clean);
  }
}

}  // namespace
}  // namespace chipgate
