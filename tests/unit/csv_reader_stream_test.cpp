// The CSV reader across its read-chunk boundaries, on random round-trips, on a runaway quote
// bigger than the limits, and on a stream that fails mid-file.
#include <gtest/gtest.h>

#include <random>
#include <sstream>
#include <stdexcept>
#include <streambuf>
#include <string>
#include <vector>

#include "audit/csv.hpp"

namespace chipgate {
namespace {

// The first read fills 128 KiB (two 64 KiB chunks); later reads start elsewhere, so the
// property test below covers the rest.
constexpr std::size_t kFirstRead = std::size_t{128} << 10;

std::vector<std::vector<std::string>> ReadRecords(const std::string& text) {
  std::istringstream in(text);
  CsvReader reader(in);
  std::vector<std::vector<std::string>> records;
  for (CsvStep step; (step = reader.Next()) != CsvStep::kEnd;) {
    EXPECT_EQ(step, CsvStep::kRecord) << Describe(reader.error().kind) << " at line "
                                      << reader.error().line;
    if (step != CsvStep::kRecord) break;
    records.emplace_back();
    for (std::size_t i = 0; i < reader.record().size(); ++i) {
      records.back().emplace_back(reader.record()[i]);
    }
  }
  return records;
}

// Puts each tricky construct (a CRLF, a "" escape, a closing quote) so that it straddles the
// end of the first read, at every offset around it.
TEST(CsvReaderStream, ConstructsAcrossTheFirstReadBoundary) {
  const std::vector<std::string> tails = {"x\r\ny\r\n", "\"a\"\"b\",c\n", "\"a\",\"b\"\r\n",
                                          "\"a\r\nb\"\r\n"};
  const std::vector<std::vector<std::string>> expected = {
      {"x"}, {"a\"b", "c"}, {"a", "b"}, {"a\r\nb"}};
  for (std::size_t t = 0; t < tails.size(); ++t) {
    for (std::size_t pad = kFirstRead - 8; pad <= kFirstRead + 2; ++pad) {
      const std::string text = std::string(pad - 1, 'p') + "\n" + tails[t];
      const auto records = ReadRecords(text);
      ASSERT_GE(records.size(), 2U) << "tail " << t << " pad " << pad;
      EXPECT_EQ(records[0], std::vector<std::string>{std::string(pad - 1, 'p')});
      EXPECT_EQ(records[1], expected[t]) << "tail " << t << " pad " << pad;
    }
  }
}

std::string Quote(const std::string& field) {
  std::string out = "\"";
  for (const char c : field) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

// Random records (with quotes, commas and line breaks in fields) written with random line
// ends, several read chunks long, read back exactly.
TEST(CsvReaderStream, RandomRoundTrip) {
  std::mt19937 rng(42);
  const std::string alphabet = "abc,\"\r\n xyz0123456789";
  std::vector<std::vector<std::string>> written;
  std::string text;
  while (text.size() < 600000) {
    std::vector<std::string> record(std::uniform_int_distribution<std::size_t>(1, 6)(rng));
    for (std::string& field : record) {
      const std::size_t length = std::uniform_int_distribution<std::size_t>(0, 40)(rng);
      for (std::size_t i = 0; i < length; ++i) {
        field += alphabet[std::uniform_int_distribution<std::size_t>(0, alphabet.size() - 1)(rng)];
      }
    }
    for (std::size_t i = 0; i < record.size(); ++i) text += (i ? "," : "") + Quote(record[i]);
    text += std::uniform_int_distribution<int>(0, 1)(rng) ? "\r\n" : "\n";
    written.push_back(std::move(record));
  }
  EXPECT_EQ(ReadRecords(text), written);
}

// A quote opened on line 2 and never closed, followed by 10 MiB of quote-free lines: the
// reader gives up at the limit (it does not buffer the whole file), then reads every line.
TEST(CsvReaderStream, RunawayQuoteIsCutAtTheLimitAndEveryLineIsStillRead) {
  const std::string line = std::string(99, 'r') + "\n";
  std::string text = "h\n\"open\n";
  const std::size_t lines = (std::size_t{10} << 20) / line.size();
  for (std::size_t i = 0; i < lines; ++i) text += line;
  std::istringstream in(text);
  CsvReader reader(in);
  EXPECT_EQ(reader.Next(), CsvStep::kRecord);
  ASSERT_EQ(reader.Next(), CsvStep::kError);
  EXPECT_EQ(reader.error().kind, CsvErrorKind::kFieldTooLong);
  EXPECT_EQ(reader.error().first_line, 2U);
  std::size_t records = 0;
  while (reader.Next() == CsvStep::kRecord) ++records;
  EXPECT_EQ(records, lines);
  EXPECT_EQ(reader.bytes_consumed(), text.size());
}

// Hands out `good` bytes, then fails the way a disk error does (the stream turns bad).
class FailingBuffer : public std::streambuf {
 public:
  explicit FailingBuffer(std::string good) : good_(std::move(good)) {
    setg(good_.data(), good_.data(), good_.data() + good_.size());
  }

 protected:
  int_type underflow() override { throw std::runtime_error("disk error"); }

 private:
  std::string good_;
};

// The first read gets exactly kFirstRead bytes, ending inside the last row; the next read
// fails. The cut row must come back as a read error, not as a short record or an end of file.
TEST(CsvReaderStream, ReadFailureIsAnErrorNotAnEndOfFile) {
  std::string good = "x\n";
  while (good.size() < kFirstRead + 2) good += "a,b\n";
  FailingBuffer buffer(good);
  std::istream in(&buffer);
  CsvReader reader(in);
  std::size_t records = 0;
  CsvStep step;
  while ((step = reader.Next()) == CsvStep::kRecord) ++records;
  EXPECT_EQ(records, 1 + (kFirstRead - 2) / 4);
  ASSERT_EQ(step, CsvStep::kError);
  EXPECT_EQ(reader.error().kind, CsvErrorKind::kReadFailed);
  EXPECT_EQ(reader.error().first_line, records + 1);
  EXPECT_EQ(reader.Next(), CsvStep::kEnd);
}

}  // namespace
}  // namespace chipgate
