// How a real ERP export writes its values, as a mapping file's [format] table states it: the
// field delimiter, the date format, the decimal and thousands separators of quantities, and
// whether countries may be written as names. Every parser here is exact and locale-free, and
// none guesses: a date such as 03/04/2025 is read only under a date format that says which
// part is the day.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "chipgate/country.hpp"
#include "chipgate/date.hpp"
#include "chipgate/rational.hpp"

namespace chipgate {

struct DateFormat {
  enum class Order : std::uint8_t { kYearMonthDay, kDayMonthYear, kMonthDayYear };
  Order order = Order::kYearMonthDay;
  char separator = '-';  // '-', '.', '/' or 0 for none (YYYYMMDD)

  friend bool operator==(const DateFormat&, const DateFormat&) = default;
};

// "YYYY-MM-DD", "DD.MM.YYYY", "MM/DD/YYYY", "DD/MM/YYYY", "YYYY/MM/DD", "DD-MM-YYYY",
// "YYYYMMDD", ... (DD, MM and YYYY in one of the three orders, one separator); nothing else.
std::optional<DateFormat> ParseDateFormat(std::string_view text);
std::string DateFormatName(const DateFormat& format);  // "DD.MM.YYYY"

// A date written in `format`. With a separator, day and month may have one or two digits
// ("3/4/2025" under MM/DD/YYYY); the year always has four. Not a real day: nothing.
std::optional<Date> ParseDateAs(std::string_view text, const DateFormat& format);

// What dates that failed to parse look like, for the message that tells the user which
// date_format to set: "DD.MM.YYYY", "MM/DD/YYYY", "MM/DD/YYYY or DD/MM/YYYY (03/04/2025 could
// be either)" ... Empty when the samples have no recognisable shape. Fed one sample at a time.
class DateShapeGuess {
 public:
  void Add(std::string_view text);
  std::string Describe() const;

 private:
  std::uint64_t dotted_ = 0, dashed_day_first_ = 0, slashed_ = 0, compact_ = 0;
  bool first_over_12_ = false, second_over_12_ = false;
  std::string ambiguous_example_;
};

struct NumberFormat {
  char decimal = '.';    // '.' or ','
  char thousands = 0;    // 0 (none), ',', '.', ' ' or '\''
};

// A quantity written in `format`: digits, optional thousands separators in groups of three
// ("1,200", "1.200.000"), an optional decimal part ("1.200,5" with decimal ','). Exact.
std::optional<Rational> ParseNumberAs(std::string_view text, const NumberFormat& format);

// English short names and common variants of country names to ISO codes (the data file
// engine/data/country-names.csv, embedded at build time). Built per use; no shared state.
class CountryNames {
 public:
  CountryNames();
  // `text` as a country name ("People's Republic of China", "Viet Nam", "UAE"); matched
  // ASCII case-insensitively, punctuation and spacing ignored.
  std::optional<CountryCode> Find(std::string_view text) const;
  std::size_t size() const { return codes_.size(); }
  // Every entry, for tests: Key(name) → code.
  const std::unordered_map<std::string, CountryCode>& entries() const { return codes_; }
  static std::string Key(std::string_view name);

 private:
  std::unordered_map<std::string, CountryCode> codes_;  // Key(name) → code
};

// The embedded data file's text.
std::string_view CountryNamesData();

// The field delimiter a header line uses: the most frequent of `,`, `;`, tab and `|` outside
// quotes, `,` when none occurs.
char DetectDelimiter(std::string_view header_line);

}  // namespace chipgate
