// Civil date conversions (Howard Hinnant's days_from_civil / civil_from_days algorithms).
#include "chipgate/date.hpp"

#include <fmt/format.h>

#include <chrono>

namespace chipgate {
namespace {

struct Civil {
  int year;
  unsigned month;
  unsigned day;
};

constexpr std::int32_t DaysFromCivil(int y, unsigned m, unsigned d) {
  y -= m <= 2 ? 1 : 0;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

constexpr Civil CivilFromDays(std::int32_t z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int y = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {y + (m <= 2 ? 1 : 0), m, d};
}

constexpr bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

constexpr unsigned DaysInMonth(int y, unsigned m) {
  constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

bool ParseDigits(std::string_view s, unsigned& out) {
  out = 0;
  for (const char c : s) {
    if (c < '0' || c > '9') return false;
    out = out * 10 + static_cast<unsigned>(c - '0');
  }
  return true;
}

}  // namespace

Date Date::FromCivil(int year, unsigned month, unsigned day) {
  return Date(DaysFromCivil(year, month, day));
}

std::optional<Date> Date::Parse(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  unsigned y = 0;
  unsigned m = 0;
  unsigned d = 0;
  if (!ParseDigits(text.substr(0, 4), y) || !ParseDigits(text.substr(5, 2), m) ||
      !ParseDigits(text.substr(8, 2), d)) {
    return std::nullopt;
  }
  if (y < 1900 || m < 1 || m > 12 || d < 1 || d > DaysInMonth(static_cast<int>(y), m)) {
    return std::nullopt;
  }
  return FromCivil(static_cast<int>(y), m, d);
}

Date Date::TodayUtc() {
  const auto now = std::chrono::system_clock::now();
  const auto days = std::chrono::floor<std::chrono::days>(now).time_since_epoch().count();
  return Date(static_cast<std::int32_t>(days));
}

int Date::year() const { return CivilFromDays(days_).year; }
unsigned Date::month() const { return CivilFromDays(days_).month; }
unsigned Date::day() const { return CivilFromDays(days_).day; }

// The audit writes a date for every stored row, so the common four-digit year is written by
// hand (fmt's parsing of the format string cost more than the rest of the row's date); other
// years take fmt, so every output stays what "{:04d}-{:02d}-{:02d}" gives.
std::string Date::ToString() const {
  const Civil c = CivilFromDays(days_);
  if (c.year < 0 || c.year > 9999) return fmt::format("{:04d}-{:02d}-{:02d}", c.year, c.month, c.day);
  const auto digit = [](unsigned v) { return static_cast<char>('0' + v % 10); };
  const auto y = static_cast<unsigned>(c.year);
  const char text[10] = {digit(y / 1000), digit(y / 100), digit(y / 10), digit(y), '-', digit(c.month / 10), digit(c.month), '-',
                         digit(c.day / 10), digit(c.day)};
  return std::string(text, sizeof text);
}

}  // namespace chipgate
