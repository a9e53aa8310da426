// Text on its way to a terminal: C0 and C1 controls (escape sequences), DEL, invalid UTF-8 and
// bidirectional overrides become U+FFFD; newline, tab and CRLF, the layout chipgate writes,
// stay; and a character split across two writes survives.
#include <gtest/gtest.h>

#include "text/terminal_text.hpp"

namespace chipgate {
namespace {

constexpr const char* kFffd = "\xEF\xBF\xBD";

std::string Filtered(const std::vector<std::string>& chunks) {
  TerminalFilter filter;
  std::string out;
  for (const auto& c : chunks) filter.Append(c, out);
  filter.Finish(out);
  return out;
}

TEST(TerminalText, LayoutAndTextPassThrough) {
  EXPECT_EQ(Filtered({"a\tb\nc\r\nd é ≈ 中"}), "a\tb\nc\r\nd é ≈ 中");
}

TEST(TerminalText, ControlsAndEscapeSequencesAreReplaced) {
  const std::string f = kFffd;
  EXPECT_EQ(Filtered({"\x1b[31mred\x1b]0;title\x07"}), f + "[31mred" + f + "]0;title" + f);
  EXPECT_EQ(Filtered({"a\rb"}), "a" + f + "b") << "a lone CR would overwrite the line";
  EXPECT_EQ(Filtered({"\x7f\xc2\x9b" "1m"}), f + f + "1m") << "DEL and C1 CSI";
  EXPECT_EQ(Filtered({"\x9b" "1m\xff"}), f + "1m" + f) << "raw 8-bit CSI and invalid UTF-8";
  EXPECT_EQ(Filtered({"exe\xe2\x80\xae" "gpj"}), "exe" + f + "gpj") << "right-to-left override";
}

TEST(TerminalText, SequencesSplitAcrossWritesSurvive) {
  EXPECT_EQ(Filtered({"caf\xc3", "\xa9", " ok\r", "\n"}), "café ok\r\n");
  EXPECT_EQ(Filtered({"\xe4\xb8", "\xad"}), "中");
  EXPECT_EQ(Filtered({"cut \xe4\xb8"}), std::string("cut ") + kFffd) << "an unfinished sequence at the end";
  EXPECT_EQ(Filtered({"end\r"}), std::string("end") + kFffd);
}

}  // namespace
}  // namespace chipgate
