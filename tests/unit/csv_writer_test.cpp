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
  EXPECT_EQ(CsvRecord({"a", "b,c", ""}), "a,\"b,c\",\r\n");
  EXPECT_EQ(CsvRecord({}), "\r\n");
}

}  // namespace
}  // namespace chipgate
