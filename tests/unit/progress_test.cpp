// The progress line: nothing at all off a terminal, at most one redraw per 100 ms on one, the
// figures on the line, and a cleared line at the end. A fake clock drives time.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "cli/audit/progress.hpp"

namespace chipgate {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;

// Captures what a reporter writes, and owns the time its clock reports.
class Capture {
 public:
  Capture() : out_(open_memstream(&buffer_, &size_)) {}
  ~Capture() {
    std::fclose(out_);
    std::free(buffer_);
  }
  std::FILE* stream() { return out_; }
  std::string text() {
    std::fflush(out_);
    return std::string(buffer_, size_);
  }
  ProgressReporter::Options Options(bool is_terminal, std::optional<std::uint64_t> total) {
    return {is_terminal, total, [this] { return now; }};
  }

  std::chrono::steady_clock::time_point now{};

 private:
  char* buffer_ = nullptr;
  std::size_t size_ = 0;
  std::FILE* out_;
};

std::size_t Redraws(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\r'));
}

TEST(Progress, PrintsNothingWhenNotATerminal) {
  Capture capture;
  {
    ProgressReporter progress(capture.stream(), capture.Options(false, 100));
    for (int i = 1; i <= 50; ++i) {
      capture.now += seconds(1);
      progress.Update(static_cast<std::uint64_t>(i), static_cast<std::uint64_t>(i));
    }
    progress.Finish();
  }
  EXPECT_EQ(capture.text(), "");
}

TEST(Progress, RedrawsAtMostTenTimesASecond) {
  Capture capture;
  ProgressReporter progress(capture.stream(), capture.Options(true, std::nullopt));
  progress.Update(1, 0);  // at the start: too soon
  capture.now += milliseconds(99);
  progress.Update(2, 0);
  EXPECT_EQ(capture.text(), "");
  capture.now += milliseconds(1);
  progress.Update(3, 0);
  EXPECT_EQ(Redraws(capture.text()), 1U);
  for (int ms = 0; ms < 1000; ms += 10) {  // 100 updates over one second
    capture.now += milliseconds(10);
    progress.Update(4, 0);
  }
  EXPECT_EQ(Redraws(capture.text()), 11U);
}

TEST(Progress, ShowsRowsRatePercentAndEta) {
  Capture capture;
  ProgressReporter progress(capture.stream(), capture.Options(true, 1000));
  capture.now += seconds(2);
  progress.Update(120000, 250);
  EXPECT_EQ(capture.text(), "\r120000 rows  60000 rows/s  25%  ETA 0:06\x1b[K");
}

TEST(Progress, WithoutATotalShowsRowsAndRateOnly) {
  Capture capture;
  ProgressReporter progress(capture.stream(), capture.Options(true, std::nullopt));
  capture.now += milliseconds(500);
  progress.Update(1000, 12345);
  EXPECT_EQ(capture.text(), "\r1000 rows  2000 rows/s\x1b[K");
}

TEST(Progress, FinishClearsTheLineOnce) {
  Capture capture;
  {
    ProgressReporter progress(capture.stream(), capture.Options(true, 10));
    capture.now += seconds(1);
    progress.Update(5, 5);
    progress.Finish();
    progress.Finish();
    capture.now += seconds(1);
    progress.Update(6, 6);  // after Finish: nothing
  }
  EXPECT_EQ(capture.text(), "\r5 rows  5 rows/s  50%  ETA 0:01\x1b[K\r\x1b[K");
}

TEST(Progress, AFastRunLeavesNoTrace) {
  Capture capture;
  {
    ProgressReporter progress(capture.stream(), capture.Options(true, 10));
    capture.now += milliseconds(30);
    progress.Update(10, 10);
  }  // the destructor finishes; nothing was drawn, so nothing is cleared
  EXPECT_EQ(capture.text(), "");
}

TEST(Progress, LineFormats) {
  EXPECT_EQ(ProgressReporter::Line(0, 0, 100, seconds(0)), "0 rows  0%");
  EXPECT_EQ(ProgressReporter::Line(10, 1, 3600, seconds(1)), "10 rows  10 rows/s  0%  ETA 59:59");
  EXPECT_EQ(ProgressReporter::Line(10, 1, 4000, seconds(1)), "10 rows  10 rows/s  0%  ETA 1:06:39");
  EXPECT_EQ(ProgressReporter::Line(7, 999, 1000, seconds(1)), "7 rows  7 rows/s  99%  ETA 0:01");
  // A file that grew while it was read: done, not 120%.
  EXPECT_EQ(ProgressReporter::Line(7, 1200, 1000, seconds(1)), "7 rows  7 rows/s  100%  ETA 0:00");
  EXPECT_EQ(ProgressReporter::Line(7, 0, 0, seconds(1)), "7 rows  7 rows/s  100%  ETA 0:00");
}

TEST(Progress, FilesAreNotTerminals) {
  std::FILE* file = std::tmpfile();
  ASSERT_NE(file, nullptr);
  EXPECT_FALSE(ProgressReporter::IsTerminal(file));
  std::fclose(file);
}

}  // namespace
}  // namespace chipgate
