// The filtered standard streams (see output_stream.hpp), built on glibc's fopencookie so that
// every existing FILE* writer goes through them unchanged.
#include "cli/core/output_stream.hpp"

#include <unistd.h>

#include <cerrno>

#include "text/terminal_text.hpp"

namespace chipgate::cli {

struct OutputStream::State {
  int fd;
  TerminalFilter filter;
  std::string filtered;
  int error = 0;

  bool WriteFiltered() {
    std::string_view rest = filtered;
    while (!rest.empty() && error == 0) {
      const ssize_t n = ::write(fd, rest.data(), rest.size());
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) error = n < 0 ? errno : EIO;
      if (n > 0) rest.remove_prefix(static_cast<std::size_t>(n));
    }
    filtered.clear();
    return error == 0;
  }

  // stdio's write callback. It always reports the whole chunk as written: glibc's stdio reads
  // past its buffer when a cookie write fails (seen under ASan as a SEGV in fwrite), so a
  // failure is only recorded, the rest of the output discarded, and Finish() reports it.
  static ssize_t Write(void* cookie, const char* data, std::size_t size) {
    auto& s = *static_cast<State*>(cookie);
    if (s.error == 0) {
      s.filter.Append(std::string_view(data, size), s.filtered);
      s.WriteFiltered();
    }
    return static_cast<ssize_t>(size);
  }
};

OutputStream::OutputStream(int fd) : state_(std::make_unique<State>()) {
  state_->fd = fd;
  cookie_io_functions_t functions{};
  functions.write = &State::Write;
  file_ = ::fopencookie(state_.get(), "w", functions);
  if (file_ == nullptr) {  // out of memory at start-up: write unfiltered rather than not at all
    file_ = fd == STDERR_FILENO ? stderr : stdout;
    return;
  }
  owned_ = true;
  // A terminal, and standard error anywhere, gets each line as it is written (a diagnostic must
  // not wait in a buffer); standard output to a file or pipe gets large writes.
  const bool by_line = fd == STDERR_FILENO || ::isatty(fd) == 1;
  std::setvbuf(file_, nullptr, by_line ? _IOLBF : _IOFBF, std::size_t{1} << 16);
}

OutputStream::~OutputStream() {
  if (owned_) std::fclose(file_);
}

bool OutputStream::Failed() {
  std::fflush(file_);
  return state_->error != 0 || std::ferror(file_) != 0;
}

bool OutputFailed(Io& io) {
  if (io.out_stream != nullptr) return io.out_stream->Failed();
  return std::fflush(io.out) != 0 || std::ferror(io.out) != 0;
}

int OutputStream::Finish() {
  std::fflush(file_);
  state_->filter.Finish(state_->filtered);
  state_->WriteFiltered();
  return state_->error;
}

}  // namespace chipgate::cli
