// Standard output and standard error as every command writes them (Io in command.hpp): a stdio
// FILE over the real descriptor that passes all text through the terminal filter
// (terminal_text.hpp), so no command can print a control character or escape sequence from a
// rule file, a catalog or a log, and that keeps the first write error (a full disk, a closed
// pipe) for the one report main() makes of it. Commands keep writing with fmt::print and fwrite;
// after a failed write the rest of the output is discarded (writes still "succeed", so nothing
// throws mid-command), and OutputFailed() tells a command that needs to know at once.
#pragma once

#include <cstdio>
#include <memory>
#include <string>

#include "cli/core/command.hpp"

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
  // Flushes what is buffered; true once a write has failed.
  bool Failed();

 private:
  struct State;
  std::unique_ptr<State> state_;
  std::FILE* file_ = nullptr;
  bool owned_ = false;
};

// True when standard output has failed so far (flushing it first).
bool OutputFailed(Io& io);

}  // namespace chipgate::cli
