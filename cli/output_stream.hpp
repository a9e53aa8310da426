// Standard output and standard error as every command writes them (Io in command.hpp): a stdio
// FILE over the real descriptor that passes all text through the terminal filter
// (terminal_text.hpp), so no command can print a control character or escape sequence from a
// rule file, a catalog or a log, and that keeps the first write error (a full disk, a closed
// pipe) for the one report main() makes of it. Commands keep writing with fmt::print and fwrite.
#pragma once

#include <cstdio>
#include <memory>
#include <string>

namespace chipgate::cli {

class OutputStream {
 public:
  // Wraps descriptor `fd` (not owned, not closed).
  explicit OutputStream(int fd);
  ~OutputStream();
  OutputStream(const OutputStream&) = delete;
  OutputStream& operator=(const OutputStream&) = delete;

  std::FILE* file() const { return file_; }
  // Writes out whatever is buffered or held back; then 0, or the errno of the first failed write.
  int Finish();

 private:
  struct State;
  std::unique_ptr<State> state_;
  std::FILE* file_ = nullptr;
  bool owned_ = false;
};

}  // namespace chipgate::cli
