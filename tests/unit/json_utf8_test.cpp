// JSON output is valid UTF-8 whatever bytes the input held: invalid sequences become U+FFFD,
// and DEL and C1 controls are escaped like C0 ones, so the text survives but no terminal or
// parser sees a raw control.
#include <gtest/gtest.h>

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

}  // namespace
}  // namespace chipgate
