// RFC 4180 quoting: only fields that need it are quoted, and quotes inside are doubled.
#include <gtest/gtest.h>

#include "text/csv_writer.hpp"

namespace chipgate {
namespace {

TEST(Csv, QuotesOnlyFieldsThatNeedIt) {
  EXPECT_EQ(CsvField("A100 SXM4 40GB"), "A100 SXM4 40GB");
  EXPECT_EQ(CsvField(""), "");
  EXPECT_EQ(CsvField("Cloud AI 100 Ultra (card, 4 SoCs)"), "\"Cloud AI 100 Ultra (card, 4 SoCs)\"");
  EXPECT_EQ(CsvField("the \"Ultra\""), "\"the \"\"Ultra\"\"\"");
  EXPECT_EQ(CsvField("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(CsvField("cr\rhere"), "\"cr\rhere\"");
}

TEST(Csv, RecordsEndWithCrlf) {
  EXPECT_EQ(CsvTextLine({"a", "b,c", ""}), "a,\"b,c\",\r\n");
  EXPECT_EQ(CsvTextLine({}), "\r\n");
}

// OWASP's rule: a text cell whose first character is = + - @ tab or CR gets a leading
// apostrophe, so no spreadsheet runs it as a formula. `-` before a digit is no exception: a
// spreadsheet evaluates -1+cmd|' /C calc'!A0.
TEST(Csv, TextCellsThatCouldRunAsFormulasAreDefused) {
  EXPECT_EQ(CsvField("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
  EXPECT_EQ(CsvField("+1"), "'+1");
  EXPECT_EQ(CsvField("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(CsvField("-1+cmd|' /C calc'!A0"), "'-1+cmd|' /C calc'!A0");
  EXPECT_EQ(CsvField("-x"), "'-x");
  EXPECT_EQ(CsvField("\t=1+1"), "'\t=1+1");
  EXPECT_EQ(CsvField("\r=1+1"), "\"'\r=1+1\"");
  EXPECT_EQ(CsvField("a=b"), "a=b");
}

// Numbers chipgate formats itself stay numbers; anything else passed as a number is text.
TEST(Csv, NumberCellsStayNumbersAndOnlyNumbersAreUnguarded) {
  CsvLine line;
  line.Number("-3.5").Number("4800").Number("").Text("-3.5").Number("-1+cmd|' /C calc'!A0").Number("1e5");
  EXPECT_EQ(line.Finish(), "-3.5,4800,,'-3.5,'-1+cmd|' /C calc'!A0,1e5\r\n");
  EXPECT_EQ(line.Finish(), "\r\n") << "Finish starts a new line";
  EXPECT_EQ(CsvTextLine({"=a", "b"}), "'=a,b\r\n");
}

}  // namespace
}  // namespace chipgate
