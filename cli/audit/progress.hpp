// A one-line progress display for long batch audits: rows done, rows per second, and, when the
// total is known (input bytes, say), percent and time left. It draws only on a terminal and at
// most ten times a second, so piping chipgate's output to a file or another program stays
// clean and a fast run costs nothing.
#pragma once

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <optional>
#include <string>

namespace chipgate {

class ProgressReporter {
 public:
  using Clock = std::function<std::chrono::steady_clock::time_point()>;

  struct Options {
    bool is_terminal = false;            // see IsTerminal(); tests set it directly
    std::optional<std::uint64_t> total;  // work units in the whole job, if known
    Clock clock = &std::chrono::steady_clock::now;
  };

  // Whether `stream` is attached to a terminal (isatty on its descriptor).
  static bool IsTerminal(std::FILE* stream);

  // `out` must outlive the reporter. The clock starts now.
  ProgressReporter(std::FILE* out, Options options);
  ProgressReporter(const ProgressReporter&) = delete;
  ProgressReporter& operator=(const ProgressReporter&) = delete;
  ~ProgressReporter() { Finish(); }

  // Reports `rows_done` rows and `units_done` of the total (e.g. bytes consumed). Redraws the
  // line if the last draw (or the start) was 100 ms or more ago; otherwise only reads the clock.
  void Update(std::uint64_t rows_done, std::uint64_t units_done);
  // Clears the line if anything was drawn, so the next output starts on a clean line. Later
  // calls and later updates do nothing.
  void Finish();

  // The text of the line for the given state (no carriage return or clearing), e.g.
  // "120000 rows  60000 rows/s  25%  ETA 0:06".
  static std::string Line(std::uint64_t rows_done, std::uint64_t units_done,
                          std::optional<std::uint64_t> total, std::chrono::nanoseconds elapsed);

 private:
  static constexpr std::chrono::milliseconds kRedrawInterval{100};

  std::FILE* out_;
  Options options_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
  bool drawn_ = false;
  bool finished_ = false;
};

}  // namespace chipgate
