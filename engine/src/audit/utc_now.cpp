// See utc_now.hpp.
#include "audit/utc_now.hpp"

#include <ctime>

namespace chipgate {

std::string UtcNowIso8601() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);  // the thread-safe form: the server runs audits on several threads
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

}  // namespace chipgate
