// The streaming CSV reader: RFC 4180 records, line numbers, blank lines, the byte order mark,
// malformed records as errors with recovery at the next line, and the size limits.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "audit/csv.hpp"

namespace chipgate {
namespace {

// One line per reader result: "L<first>[-<last>] f1|f2|..." for a record, and
// "E<first>@<line>#<field> <reason>" for a rejected one. Field text is shown verbatim, so a
// line break inside a field shows as \n, \r or \r\n in the expected strings below.
std::string Show(const CsvReader& reader, CsvStep step) {
  if (step == CsvStep::kError) {
    const CsvError& e = reader.error();
    return "E" + std::to_string(e.first_line) + "@" + std::to_string(e.line) + "#" +
           std::to_string(e.field) + " " + std::string(Describe(e.kind));
  }
  const CsvRecord& r = reader.record();
  std::string out = "L" + std::to_string(r.first_line());
  if (r.last_line() != r.first_line()) out += "-" + std::to_string(r.last_line());
  for (std::size_t i = 0; i < r.size(); ++i) out += (i == 0 ? " " : "|") + std::string(r[i]);
  return out;
}

struct ReadAllResult {
  std::vector<std::string> results;
  std::uint64_t blank_lines = 0;
};

ReadAllResult ReadAll(const std::string& text, CsvLimits limits = {}) {
  std::istringstream in(text);
  CsvReader reader(in, limits);
  ReadAllResult all;
  for (CsvStep step; (step = reader.Next()) != CsvStep::kEnd;) {
    all.results.push_back(Show(reader, step));
    if (all.results.size() > 10000) break;  // a reader bug must not hang the test
  }
  EXPECT_EQ(reader.Next(), CsvStep::kEnd);
  all.blank_lines = reader.blank_lines();
  return all;
}

using Lines = std::vector<std::string>;

TEST(CsvReader, PlainRecordsWithEveryLineEnd) {
  EXPECT_EQ(ReadAll("a,b\nc,d\n").results, (Lines{"L1 a|b", "L2 c|d"}));
  EXPECT_EQ(ReadAll("a,b\r\nc,d\r\n").results, (Lines{"L1 a|b", "L2 c|d"}));
  EXPECT_EQ(ReadAll("a,b\rc,d\r").results, (Lines{"L1 a|b", "L2 c|d"}));
  EXPECT_EQ(ReadAll("a\r\nb\nc\rd").results, (Lines{"L1 a", "L2 b", "L3 c", "L4 d"}));
}

TEST(CsvReader, FinalLineWithoutLineBreak) {
  EXPECT_EQ(ReadAll("a,b\nc,d").results, (Lines{"L1 a|b", "L2 c|d"}));
  EXPECT_EQ(ReadAll("x").results, (Lines{"L1 x"}));
  EXPECT_EQ(ReadAll("\"q\"").results, (Lines{"L1 q"}));
}

TEST(CsvReader, EmptyFields) {
  EXPECT_EQ(ReadAll("a,,b\n").results, (Lines{"L1 a||b"}));
  EXPECT_EQ(ReadAll(",\n").results, (Lines{"L1 |"}));
  EXPECT_EQ(ReadAll("a,b,\n").results, (Lines{"L1 a|b|"}));
  EXPECT_EQ(ReadAll("a,b,").results, (Lines{"L1 a|b|"}));
  EXPECT_EQ(ReadAll("\"\",\"\"\n").results, (Lines{"L1 |"}));
  // Spaces are data, not padding (RFC 4180 section 2.4).
  EXPECT_EQ(ReadAll(" a , b \n").results, (Lines{"L1  a | b "}));
}

TEST(CsvReader, QuotedFieldsAndEscapes) {
  EXPECT_EQ(ReadAll("\"a,b\",c\n").results, (Lines{"L1 a,b|c"}));
  EXPECT_EQ(ReadAll("\"say \"\"hi\"\"\",x\n").results, (Lines{"L1 say \"hi\"|x"}));
  EXPECT_EQ(ReadAll("\"\"\"\"\n").results, (Lines{"L1 \""}));
  EXPECT_EQ(ReadAll("a,\"b\"\r\nc\n").results, (Lines{"L1 a|b", "L2 c"}));
}

TEST(CsvReader, LineBreaksInsideQuotesKeepTheirBytesAndCountLines) {
  EXPECT_EQ(ReadAll("\"a\nb\",c\nd\n").results, (Lines{"L1-2 a\nb|c", "L3 d"}));
  EXPECT_EQ(ReadAll("\"a\r\nb\",c\r\nd\r\n").results, (Lines{"L1-2 a\r\nb|c", "L3 d"}));
  EXPECT_EQ(ReadAll("\"a\rb\",c\rd\r").results, (Lines{"L1-2 a\rb|c", "L3 d"}));
  EXPECT_EQ(ReadAll("x,\"1\n\n3\"\ny\n").results, (Lines{"L1-3 x|1\n\n3", "L4 y"}));
}

TEST(CsvReader, BlankLinesAreSkippedButCounted) {
  const auto all = ReadAll("\na\n\n\r\nb\r\n\n");
  EXPECT_EQ(all.results, (Lines{"L2 a", "L5 b"}));
  EXPECT_EQ(all.blank_lines, 4U);
  EXPECT_EQ(ReadAll("a\n").blank_lines, 0U);
}

TEST(CsvReader, ByteOrderMarkWithCrlf) {
  EXPECT_EQ(ReadAll("\xEF\xBB\xBFid,name\r\n1,\"x\"\r\n").results,
            (Lines{"L1 id|name", "L2 1|x"}));
  EXPECT_EQ(ReadAll("\xEF\xBB\xBF").results, Lines{});
  EXPECT_EQ(ReadAll("\xEF\xBB\xBF\"q\"\n").results, (Lines{"L1 q"}));
  // Only a mark at the very start is one; elsewhere the bytes are data.
  EXPECT_EQ(ReadAll("a\n\xEF\xBB\xBF" "b\n").results, (Lines{"L1 a", "L2 \xEF\xBB\xBF" "b"}));
}

TEST(CsvReader, EmptyInputAndHeaderOnly) {
  EXPECT_EQ(ReadAll("").results, Lines{});
  EXPECT_EQ(ReadAll("id,ship_date,destination\n").results,
            (Lines{"L1 id|ship_date|destination"}));
  EXPECT_EQ(ReadAll("id,ship_date,destination").results,
            (Lines{"L1 id|ship_date|destination"}));
}

TEST(CsvReader, QuoteInsideUnquotedFieldRejectsTheLineOnly) {
  EXPECT_EQ(ReadAll("a,b\"c,d\ne,f\n").results,
            (Lines{"E1@1#2 quote inside an unquoted field", "L2 e|f"}));
  EXPECT_EQ(ReadAll("a\"\r\nb\r\n").results,
            (Lines{"E1@1#1 quote inside an unquoted field", "L2 b"}));
}

TEST(CsvReader, TextAfterClosingQuoteRejectsTheLineOnly) {
  EXPECT_EQ(ReadAll("\"a\"b,c\nd\n").results,
            (Lines{"E1@1#1 text after a closing quote", "L2 d"}));
  EXPECT_EQ(ReadAll("x,\"a\" \n").results, (Lines{"E1@1#2 text after a closing quote"}));
}

TEST(CsvReader, UnterminatedQuoteAtEndOfFile) {
  EXPECT_EQ(ReadAll("a\n\"b").results,
            (Lines{"L1 a", "E2@2#1 quoted field not closed before end of file"}));
}

// A quote that is never closed would swallow the rest of the log; instead the record is
// rejected and every later line is read again on its own.
TEST(CsvReader, HostileUnterminatedQuoteInTheMiddleLosesNoRow) {
  const auto all = ReadAll("id,name\n1,\"unterminated\n2,good\n3,fine\n\n4,fine");
  EXPECT_EQ(all.results,
            (Lines{"L1 id|name", "E2@6#2 quoted field not closed before end of file", "L3 2|good",
                   "L4 3|fine", "L6 4|fine"}));
  EXPECT_EQ(all.blank_lines, 1U);
}

// The usual shape of a stray quote: it pairs with the next quote in the file. The damage is
// reported where it shows, and the lines in between are still read.
TEST(CsvReader, StrayQuoteBeforeQuotedRowsLosesNoRow) {
  const auto all = ReadAll("id,name\n1,\"stray\n2,good\n3,\"quoted\"\n\n4,fine\n");
  EXPECT_EQ(all.results,
            (Lines{"L1 id|name", "E2@4#2 text after a closing quote", "L3 2|good",
                   "L4 3|quoted", "L6 4|fine"}));
  EXPECT_EQ(all.blank_lines, 1U);
}

// An error found after a record crossed lines sends the reader back to the record's second
// line, which is then judged on its own.
TEST(CsvReader, ErrorInAMultiLineRecordRereadsFromItsSecondLine) {
  EXPECT_EQ(ReadAll("1,\"a\nb\"x\n2,c\n").results,
            (Lines{"E1@2#2 text after a closing quote", "E2@2#1 quote inside an unquoted field",
                   "L3 2|c"}));
}

TEST(CsvReader, FieldLimitAtAndOverTheLimit) {
  const CsvLimits limits{8, 100};
  EXPECT_EQ(ReadAll("12345678,\"1234567\"\"\"\n", limits).results,
            (Lines{"L1 12345678|1234567\""}));
  EXPECT_EQ(ReadAll("123456789\nok\n", limits).results,
            (Lines{"E1@1#1 field longer than the limit", "L2 ok"}));
  EXPECT_EQ(ReadAll("a,\"12345\n6789\"\nok\n", limits).results,
            (Lines{"E1@2#2 field longer than the limit",
                   "E2@2#1 quote inside an unquoted field", "L3 ok"}));
}

TEST(CsvReader, RecordLimitAtAndOverTheLimit) {
  const CsvLimits limits{100, 9};
  EXPECT_EQ(ReadAll("1,2,3,4,5\n", limits).results, (Lines{"L1 1|2|3|4|5"}));
  EXPECT_EQ(ReadAll("1,2,3,4,5,\nok\n", limits).results,
            (Lines{"E1@1#6 record longer than the limit", "L2 ok"}));
}

}  // namespace
}  // namespace chipgate
