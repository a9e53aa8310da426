// The audit runs' and the access log's clock: ISO 8601 UTC to the second, as gmtime_r gives it
// (the implementation uses calendar arithmetic instead, to avoid glibc's time-zone lock).
#include <gtest/gtest.h>

#include <ctime>
#include <string>

#include "audit/utc_now.hpp"

namespace chipgate {
namespace {

std::string Reference(std::time_t t) {
  std::tm utc{};
  gmtime_r(&t, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

TEST(UtcNow, MatchesGmtime) {
  const std::time_t before = std::time(nullptr);
  const std::string now = UtcNowIso8601();
  const std::time_t after = std::time(nullptr);
  ASSERT_EQ(now.size(), 20u) << now;
  // The second may tick between the calls: one of the two readings matches.
  EXPECT_TRUE(now == Reference(before) || now == Reference(after)) << now << " vs " << Reference(before);
}

}  // namespace
}  // namespace chipgate
