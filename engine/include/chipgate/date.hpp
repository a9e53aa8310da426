// Civil calendar dates (proleptic Gregorian), the unit in which rules come into and go out of
// force. Stored as days since 1970-01-01 so that comparisons and epoch lookups are integer ops.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace chipgate {

class Date {
 public:
  constexpr Date() = default;
  static constexpr Date FromDays(std::int32_t days_since_1970) { return Date(days_since_1970); }
  // Precondition: a valid calendar date.
  static Date FromCivil(int year, unsigned month, unsigned day);

  // Strict YYYY-MM-DD: four-digit year, two-digit month and day, a real calendar day
  // (2023-02-29 is rejected). Anything else returns nothing.
  static std::optional<Date> Parse(std::string_view text);

  // Today in UTC, from the system clock (callers at the edge only; the library takes dates).
  static Date TodayUtc();

  constexpr std::int32_t days() const { return days_; }
  int year() const;
  unsigned month() const;
  unsigned day() const;
  std::string ToString() const;  // YYYY-MM-DD

  Date AddDays(std::int32_t n) const { return Date(days_ + n); }

  friend constexpr auto operator<=>(Date, Date) = default;

 private:
  constexpr explicit Date(std::int32_t days) : days_(days) {}
  std::int32_t days_ = 0;
};

}  // namespace chipgate
