// The value formats of real exports (issue 13): date formats (and never guessing an ambiguous
// date), what failed dates look like, quantities with separators, the delimiter of a header
// line, and the country-name table checked against the ISO table.
#include <gtest/gtest.h>

#include "audit/audit_format.hpp"

namespace chipgate {
namespace {

TEST(AuditFormats, DateFormatsReadTheirOwnDatesOnly) {
  const auto dmy = ParseDateFormat("DD.MM.YYYY");
  ASSERT_TRUE(dmy);
  EXPECT_EQ(DateFormatName(*dmy), "DD.MM.YYYY");
  EXPECT_EQ(ParseDateAs("01.03.2025", *dmy), Date::Parse("2025-03-01"));
  EXPECT_EQ(ParseDateAs("1.3.2025", *dmy), Date::Parse("2025-03-01"));
  EXPECT_FALSE(ParseDateAs("30.02.2025", *dmy));  // not a real day
  EXPECT_FALSE(ParseDateAs("2025-03-01", *dmy));
  EXPECT_FALSE(ParseDateAs("01.03.25", *dmy));    // the year has four digits
  const auto mdy = ParseDateFormat("MM/DD/YYYY");
  const auto dmy_slash = ParseDateFormat("DD/MM/YYYY");
  ASSERT_TRUE(mdy && dmy_slash);
  // 03/04/2025 is read only as the format says, never guessed.
  EXPECT_EQ(ParseDateAs("03/04/2025", *mdy), Date::Parse("2025-03-04"));
  EXPECT_EQ(ParseDateAs("03/04/2025", *dmy_slash), Date::Parse("2025-04-03"));
  EXPECT_FALSE(ParseDateAs("13/04/2025", *mdy));
  EXPECT_EQ(ParseDateAs("20250301", *ParseDateFormat("YYYYMMDD")), Date::Parse("2025-03-01"));
  EXPECT_EQ(ParseDateAs("2025/03/01", *ParseDateFormat("YYYY/MM/DD")), Date::Parse("2025-03-01"));
  for (const char* bad : {"DD.MM.YY", "D.M.YYYY", "YYYY.DD.MM", "DD.MM-YYYY", "", "dd.mm.yyyy"}) EXPECT_FALSE(ParseDateFormat(bad)) << bad;
}

TEST(AuditFormats, TheShapeOfFailedDatesNamesTheFormatToSet) {
  DateShapeGuess dotted;
  for (const char* d : {"01.03.2025", "15.03.2025"}) dotted.Add(d);
  EXPECT_EQ(dotted.Describe(), "DD.MM.YYYY");
  DateShapeGuess ambiguous;
  ambiguous.Add("03/04/2025");
  EXPECT_EQ(ambiguous.Describe(), "MM/DD/YYYY or DD/MM/YYYY (03/04/2025 could be either)");
  DateShapeGuess day_first;
  for (const char* d : {"03/04/2025", "25/04/2025"}) day_first.Add(d);
  EXPECT_EQ(day_first.Describe(), "DD/MM/YYYY");
  DateShapeGuess month_first;
  month_first.Add("04/25/2025");
  EXPECT_EQ(month_first.Describe(), "MM/DD/YYYY");
  DateShapeGuess nothing;
  nothing.Add("soon");
  EXPECT_EQ(nothing.Describe(), "");
}

TEST(AuditFormats, QuantitiesWithSeparatorsAreExact) {
  const NumberFormat plain;
  const NumberFormat us{'.', ','};
  const NumberFormat de{',', '.'};
  EXPECT_EQ(ParseNumberAs("1200", plain), Rational(1200));
  EXPECT_FALSE(ParseNumberAs("1,200", plain));  // no thousands separator unless set
  EXPECT_EQ(ParseNumberAs("1,200", us), Rational(1200));
  EXPECT_EQ(ParseNumberAs("1,200,000.5", us), Rational::FromDecimal("1200000.5"));
  EXPECT_EQ(ParseNumberAs("1.200,5", de), Rational::FromDecimal("1200.5"));
  EXPECT_EQ(ParseNumberAs("1.200,000", de), Rational(1200));
  for (const char* bad : {"1,2", "12,00", ",200", "1,200,", "-5", "1e3", "", "1.2.3"}) EXPECT_FALSE(ParseNumberAs(bad, us)) << bad;
}

TEST(AuditFormats, TheDelimiterIsTheHeadersMostFrequent) {
  EXPECT_EQ(DetectDelimiter("a,b,c"), ',');
  EXPECT_EQ(DetectDelimiter("Sales Document;Item;Ship Date"), ';');
  EXPECT_EQ(DetectDelimiter("a\tb\tc"), '\t');
  EXPECT_EQ(DetectDelimiter("a|b|c"), '|');
  EXPECT_EQ(DetectDelimiter("\"a;b\",c"), ',');  // quoted delimiters do not count
  EXPECT_EQ(DetectDelimiter("one"), ',');
}

TEST(AuditFormats, CountryNamesAndTheirVariantsMapToIsoCodes) {
  const CountryNames names;
  const std::pair<const char*, const char*> cases[] = {
      {"China", "CN"}, {"People's Republic of China", "CN"}, {"PEOPLES REPUBLIC OF CHINA", "CN"}, {"Viet Nam", "VN"}, {"Vietnam", "VN"},
      {"UAE", "AE"},   {"U.A.E.", "AE"}, {"South Korea", "KR"}, {"Republic of Korea", "KR"}, {"Korea, Republic of", "KR"},
      {"Türkiye", "TR"}, {"Turkey", "TR"}, {"United Kingdom", "GB"}, {"Hong Kong SAR", "HK"}, {"Taiwan", "TW"}};
  for (const auto& [name, code] : cases) {
    const auto found = names.Find(name);
    ASSERT_TRUE(found) << name;
    EXPECT_EQ(found->ToString(), code) << name;
  }
  for (const char* ambiguous : {"Korea", "Congo", "Chinaa", ""}) EXPECT_FALSE(names.Find(ambiguous)) << ambiguous;
}

// The data file against the ISO table: every assigned country's own short name is there and
// maps back to it, and every line of the file is read.
TEST(AuditFormats, TheCountryNameTableCoversTheIsoTable) {
  const CountryNames names;
  for (std::size_t i = 0; i < AssignedCountryCount(); ++i) {
    const CountryCode code = AssignedCountry(i);
    const auto found = names.Find(code.Name());
    ASSERT_TRUE(found) << code.Name();
    EXPECT_EQ(*found, code) << code.Name();
  }
  std::size_t data_lines = 0;
  const std::string_view data = CountryNamesData();
  for (std::size_t at = 0; at < data.size();) {
    const auto end = data.find('\n', at);
    const std::string_view line = data.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at);
    if (!line.empty() && line.front() != '#') ++data_lines;
    at = end == std::string_view::npos ? data.size() : end + 1;
  }
  EXPECT_EQ(names.size(), data_lines) << "a data line did not load, or two lines give one name";
}

}  // namespace
}  // namespace chipgate
