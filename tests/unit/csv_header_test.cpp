// Header-row mapping: trimmed, case-insensitive names; duplicates and missing required columns
// all reported at once.
#include <gtest/gtest.h>

#include <array>
#include <sstream>

#include "audit/csv_header.hpp"

namespace chipgate {
namespace {

CsvHeaderMap MapHeader(const std::string& line, std::span<const std::string_view> required) {
  std::istringstream in(line);
  CsvReader reader(in);
  EXPECT_EQ(reader.Next(), CsvStep::kRecord);
  return CsvHeaderMap::FromRecord(reader.record(), required);
}

constexpr std::array<std::string_view, 3> kRequired = {"id", "ship_date", "destination"};

TEST(CsvHeader, MapsTrimmedNamesCaseInsensitively) {
  const CsvHeaderMap map = MapHeader(" ID ,Ship_Date,\tDESTINATION,notes\r\n", kRequired);
  EXPECT_TRUE(map.ok());
  EXPECT_EQ(map.columns.size(), 4U);
  EXPECT_EQ(map.columns.Find("id"), 0U);
  EXPECT_EQ(map.columns.Find("SHIP_DATE"), 1U);
  EXPECT_EQ(map.columns.Find(" destination "), 2U);
  EXPECT_EQ(map.columns.Find("Notes"), 3U);
  EXPECT_EQ(map.columns.Find("end_user"), std::nullopt);
  EXPECT_EQ(map.columns.Find(""), std::nullopt);
}

TEST(CsvHeader, ReportsEveryDuplicateAndEveryMissingColumn) {
  const CsvHeaderMap map = MapHeader("id,Id,notes, ID ,notes\n", kRequired);
  ASSERT_EQ(map.issues.size(), 5U);
  const auto expect = [&](std::size_t i, CsvHeaderIssue::Kind kind, std::string_view column,
                          std::size_t field, std::size_t first_field) {
    EXPECT_EQ(map.issues[i].kind, kind) << i;
    EXPECT_EQ(map.issues[i].column, column) << i;
    EXPECT_EQ(map.issues[i].field, field) << i;
    EXPECT_EQ(map.issues[i].first_field, first_field) << i;
  };
  expect(0, CsvHeaderIssue::Kind::kDuplicate, "Id", 2, 1);
  expect(1, CsvHeaderIssue::Kind::kDuplicate, " ID ", 4, 1);
  expect(2, CsvHeaderIssue::Kind::kDuplicate, "notes", 5, 3);
  expect(3, CsvHeaderIssue::Kind::kMissing, "ship_date", 0, 0);
  expect(4, CsvHeaderIssue::Kind::kMissing, "destination", 0, 0);
  // The first occurrence keeps the name.
  EXPECT_EQ(map.columns.Find("id"), 0U);
  EXPECT_FALSE(map.ok());
}

TEST(CsvHeader, UnnamedColumnsAreNeitherFoundNorDuplicates) {
  const CsvHeaderMap map = MapHeader("id,, ,ship_date,destination\n", kRequired);
  EXPECT_TRUE(map.ok());
  EXPECT_EQ(map.columns.size(), 5U);
  EXPECT_EQ(map.columns.Find("ship_date"), 3U);
}

}  // namespace
}  // namespace chipgate
