// InputFile (see input_file.hpp): a std::streambuf over a file descriptor that feeds every
// chunk it hands out to SHA-256 first.
#include "audit/input_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <limits>
#include <streambuf>
#include <vector>

#include "text/regular_file.hpp"
#include "core/sha256.hpp"

namespace chipgate {
namespace {

constexpr std::size_t kChunkBytes = std::size_t{1} << 18;  // 256 KiB

class HashingBuffer : public std::streambuf {
 public:
  explicit HashingBuffer(int fd) : fd_(fd), buffer_(kChunkBytes) {}

  Sha256& hash() { return hash_; }
  bool failed() const { return failed_; }

 protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    ssize_t n = 0;
    do {
      n = ::read(fd_, buffer_.data(), buffer_.size());
    } while (n < 0 && errno == EINTR);
    if (n <= 0) {
      failed_ = failed_ || n < 0;
      return traits_type::eof();
    }
    hash_.Update(std::string_view(buffer_.data(), static_cast<std::size_t>(n)));
    setg(buffer_.data(), buffer_.data(), buffer_.data() + n);
    return traits_type::to_int_type(*gptr());
  }

 private:
  int fd_;
  std::vector<char> buffer_;
  Sha256 hash_;
  bool failed_ = false;
};

std::optional<std::uint64_t> FileSize(int fd) {
  struct stat info {};
  if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) return std::nullopt;
  return static_cast<std::uint64_t>(info.st_size);
}

}  // namespace

struct InputFile::State {
  State(int descriptor, bool own) : fd(descriptor), owned(own), buffer(descriptor), stream(&buffer) {}
  ~State() {
    if (owned) ::close(fd);
  }

  int fd;
  bool owned;
  HashingBuffer buffer;
  std::istream stream;
  std::optional<std::uint64_t> size;
};

InputFile::InputFile(std::unique_ptr<State> state) : state_(std::move(state)) {}
InputFile::~InputFile() = default;

std::unique_ptr<InputFile> InputFile::Open(const std::string& path, std::string& error) {
  const bool is_stdin = path == "-";
  const int fd = is_stdin ? STDIN_FILENO : OpenRegularFile(path, error);
  if (fd < 0) return nullptr;
  struct stat info {};
  if (is_stdin && ::fstat(fd, &info) == 0 && S_ISDIR(info.st_mode)) {
    error = "it is a directory";
    return nullptr;
  }
  auto state = std::make_unique<State>(fd, !is_stdin);
  if (!is_stdin || S_ISREG(info.st_mode)) state->size = FileSize(fd);
  return std::unique_ptr<InputFile>(new InputFile(std::move(state)));
}

std::istream& InputFile::stream() { return state_->stream; }
std::optional<std::uint64_t> InputFile::size() const { return state_->size; }
bool InputFile::failed() const { return state_->buffer.failed(); }

std::string InputFile::FinishHash() {
  state_->stream.clear();
  state_->stream.ignore(std::numeric_limits<std::streamsize>::max());
  return state_->buffer.hash().HexDigest();
}

}  // namespace chipgate
