// JSON output is valid UTF-8 whatever bytes the input held: invalid sequences become U+FFFD,
// and DEL and C1 controls are escaped like C0 ones, so the text survives but no terminal or
// parser sees a raw control.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <utility>
#include <vector>

#include "text/json.hpp"

namespace chipgate {
namespace {

TEST(JsonUtf8, InvalidBytesBecomeReplacementCharacters) {
  EXPECT_EQ(JsonEscape("a\xff" "b"), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(JsonEscape("\xc3"), "\xEF\xBF\xBD") << "a sequence cut short";
  EXPECT_EQ(JsonEscape("\xed\xa0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD") << "a surrogate, one per maximal subpart";
  EXPECT_EQ(JsonEscape("caf\xc3\xa9 \xe4\xb8\xad"), "caf\xc3\xa9 \xe4\xb8\xad");
}

TEST(JsonUtf8, AllControlsAreEscaped) {
  EXPECT_EQ(JsonEscape("\x1b[31m\x7f\xc2\x9b"), "\\u001b[31m\\u007f\\u009b");
  EXPECT_EQ(JsonEscape("\t\n\r\"\\"), "\\t\\n\\r\\\"\\\\");
}

// The escaper copies plain text eight bytes at a time: a special byte at any offset of a word,
// in words before, after and between others, must still be found. Each input is built from
// pieces whose escaped form is known, so the expected output needs no second escaper.
TEST(JsonUtf8, SpecialBytesAreFoundAtEveryOffset) {
  const std::vector<std::pair<std::string, std::string>> pieces = {
      {"a", "a"},           {"Z", "Z"},           {" ", " "},           {"~", "~"},
      {"!", "!"},           {"#", "#"},           {"[", "["},           {"]", "]"},
      {"\"", "\\\""},      {"\\", "\\\\"},     {"\n", "\\n"},         {"\x01", "\\u0001"},
      {"\x1f", "\\u001f"},  {"\x7f", "\\u007f"},  {"\xc3\xa9", "\xc3\xa9"}, {"\xc2\x85", "\\u0085"},
      {"\xe2\x89\x88", "\xe2\x89\x88"}, {"\xff", "\xEF\xBF\xBD"}};
  std::mt19937 random(20261130);
  std::uniform_int_distribution<std::size_t> length(0, 40);
  // Mostly plain pieces (the first eight), so long plain runs occur as in real text.
  std::uniform_int_distribution<std::size_t> plain(0, 7);
  std::uniform_int_distribution<std::size_t> any(0, pieces.size() - 1);
  std::bernoulli_distribution special(0.1);
  for (int trial = 0; trial < 20000; ++trial) {
    std::string input;
    std::string expected;
    for (std::size_t n = length(random); n > 0; --n) {
      const auto& [in, out] = pieces[special(random) ? any(random) : plain(random)];
      input += in;
      expected += out;
    }
    ASSERT_EQ(JsonEscape(input), expected) << "input of " << input.size() << " bytes, trial " << trial;
    std::string appended = "prefix";
    AppendJsonEscaped(appended, input);
    ASSERT_EQ(appended, "prefix" + expected);
  }
}

}  // namespace
}  // namespace chipgate
