// An input file read once, as a stream, with its SHA-256 computed on the way: the audit records
// the hash of exactly the bytes it read, without a second pass over a large log (and it works
// for standard input, which cannot be read twice).
#pragma once

#include <cstdint>
#include <cstdio>
#include <istream>
#include <memory>
#include <optional>
#include <string>

namespace chipgate {

class InputFile {
 public:
  // Opens `path` for reading in binary mode ("-" is standard input, which may be a pipe). A named
  // path must be a regular file (regular_file.hpp): a device or FIFO would never end or hang.
  // There is no size limit: a log is streamed, and the CSV reader bounds each record instead.
  // Null with `error` set when it cannot be opened.
  static std::unique_ptr<InputFile> Open(const std::string& path, std::string& error);
  ~InputFile();
  InputFile(const InputFile&) = delete;
  InputFile& operator=(const InputFile&) = delete;

  std::istream& stream();
  // The size in bytes when the input is a regular file (for progress), else nothing.
  std::optional<std::uint64_t> size() const;
  // Reads whatever the consumer left unread, then returns the hex SHA-256 of the whole input.
  std::string FinishHash();
  bool failed() const;  // a read error happened

 private:
  struct State;
  explicit InputFile(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

}  // namespace chipgate
