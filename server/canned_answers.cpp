// See canned_answers.hpp.
#include "canned_answers.hpp"

#include <fmt/format.h>

#include "api_error.hpp"
#include "audit/utc_now.hpp"
#include "log_line.hpp"

namespace chipgate::server {
namespace {

std::string Answer(const ApiError& error, const char* reason, const char* extra_headers) {
  const std::string body = ErrorJson(error);
  return fmt::format("HTTP/1.1 {} {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n{}Connection: close\r\n\r\n{}", error.status,
                     reason, body.size(), extra_headers, body);
}

}  // namespace

std::string BusyAnswer(std::size_t max_connections) {
  return Answer(MakeError(503, kBusy, fmt::format("the server has its {} connections open; try again shortly", max_connections)),
                "Service Unavailable", "Retry-After: 1\r\n");
}

std::string HeadTooLargeAnswer(std::size_t max_head_bytes) {
  return Answer(MakeError(431, kHeadersTooLarge, fmt::format("the request line and headers are longer than this server accepts ({} bytes)", max_head_bytes)),
                "Request Header Fields Too Large", "");
}

void LogRefusal(int status, const std::string& why) {
  const std::string line = fmt::format("{} - - {} - ({})\n", UtcNowIso8601(), status, why);
  WriteLogLine(line);
}

}  // namespace chipgate::server
