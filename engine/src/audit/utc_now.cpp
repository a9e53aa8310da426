// See utc_now.hpp.
#include "audit/utc_now.hpp"

#include <fmt/format.h>

#include <chrono>

namespace chipgate {

// Calendar arithmetic rather than gmtime_r: glibc's gmtime_r takes the process-wide time-zone
// lock, and the server stamps every access-log line from many threads at once.
std::string UtcNowIso8601() {
  using namespace std::chrono;
  const auto now = floor<seconds>(system_clock::now());
  const auto day = floor<days>(now);
  const year_month_day date{day};
  const hh_mm_ss time{now - day};
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                     static_cast<unsigned>(date.day()), time.hours().count(), time.minutes().count(), time.seconds().count());
}

}  // namespace chipgate
