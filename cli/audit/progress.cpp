// The progress line and when to redraw it (see progress.hpp). ANSI "erase to end of line"
// (ESC [ K) is used only after the terminal check passed, so files never see it.
#include "cli/audit/progress.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>

namespace chipgate {
namespace {

constexpr std::string_view kEraseToEndOfLine = "\x1b[K";

// "0:06", "12:34", "1:02:03".
std::string FormatDuration(std::chrono::seconds duration) {
  const auto total = std::max<std::int64_t>(duration.count(), 0);
  const std::int64_t hours = total / 3600;
  const std::int64_t minutes = total / 60 % 60;
  const std::int64_t seconds = total % 60;
  if (hours > 0) return fmt::format("{}:{:02}:{:02}", hours, minutes, seconds);
  return fmt::format("{}:{:02}", minutes, seconds);
}

}  // namespace

bool ProgressReporter::IsTerminal(std::FILE* stream) {
  const int fd = fileno(stream);
  return fd >= 0 && isatty(fd) == 1;
}

ProgressReporter::ProgressReporter(std::FILE* out, Options options)
    : out_(out), options_(std::move(options)), start_(options_.clock()), last_draw_(start_) {}

std::string ProgressReporter::Line(std::uint64_t rows_done, std::uint64_t units_done,
                                   std::optional<std::uint64_t> total,
                                   std::chrono::nanoseconds elapsed) {
  const double seconds = std::chrono::duration<double>(elapsed).count();
  std::string line = fmt::format("{} rows", rows_done);
  if (seconds > 0) {
    line += fmt::format("  {:.0f} rows/s", static_cast<double>(rows_done) / seconds);
  }
  if (!total) return line;
  // A file that grew while we read it is reported as done, not as 104%.
  const double fraction =
      *total == 0 ? 1.0
                  : std::min(1.0, static_cast<double>(units_done) / static_cast<double>(*total));
  // Rounded down, so 100% means done.
  line += fmt::format("  {:.0f}%", std::floor(100 * fraction));
  if (fraction > 0) {
    const auto left = std::chrono::duration<double>(seconds * (1 - fraction) / fraction);
    line += "  ETA " + FormatDuration(std::chrono::ceil<std::chrono::seconds>(left));
  }
  return line;
}

void ProgressReporter::Update(std::uint64_t rows_done, std::uint64_t units_done) {
  if (!options_.is_terminal || finished_) return;
  const auto now = options_.clock();
  if (now - last_draw_ < kRedrawInterval) return;
  last_draw_ = now;
  drawn_ = true;
  const std::string line = Line(rows_done, units_done, options_.total, now - start_);
  fmt::print(out_, "\r{}{}", line, kEraseToEndOfLine);
  std::fflush(out_);
}

void ProgressReporter::Finish() {
  if (finished_) return;
  finished_ = true;
  if (!drawn_) return;
  fmt::print(out_, "\r{}", kEraseToEndOfLine);
  std::fflush(out_);
}

}  // namespace chipgate
