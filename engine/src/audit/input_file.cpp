// InputFile (see input_file.hpp): a std::streambuf over a file descriptor that hands every chunk
// it reads to SHA-256 on another thread.
#include "audit/input_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <limits>
#include <mutex>
#include <streambuf>
#include <thread>
#include <vector>

#include "text/regular_file.hpp"
#include "core/sha256.hpp"

namespace chipgate {
namespace {

constexpr std::size_t kChunkBytes = std::size_t{1} << 18;  // 256 KiB
constexpr std::size_t kChunks = 4;                        // read ahead of the hasher by up to three

// Hashes the chunks a HashingBuffer has read, in order, on a thread of its own: the audit's
// deciding thread is the one that bounds a run, and SHA-256 of the log was a tenth of its time
// (the portable compression; CPUs with SHA instructions hash ten times faster). The reader
// fills chunk k only after chunk k - kChunks is hashed, so a chunk is never written while it is
// being hashed, and the hash is of exactly the bytes the consumer was given.
class ChunkHasher {
 public:
  ChunkHasher() : thread_([this] { Run(); }) {}
  ~ChunkHasher() {
    {
      const std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    changed_.notify_all();
    thread_.join();
  }
  ChunkHasher(const ChunkHasher&) = delete;
  ChunkHasher& operator=(const ChunkHasher&) = delete;

  // The chunk the next read may fill, once the hasher is done with what it held.
  std::vector<char>& NextFree() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return submitted_ - hashed_ < kChunks; });
    return chunks_[submitted_ % kChunks];
  }

  // The chunk NextFree returned now holds `bytes` bytes to hash.
  void Submit(std::size_t bytes) {
    {
      const std::lock_guard lock(mutex_);
      lengths_[submitted_ % kChunks] = bytes;
      ++submitted_;
    }
    changed_.notify_all();
  }

  // The digest of every chunk submitted.
  std::string HexDigest() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return hashed_ == submitted_; });
    return hash_.HexDigest();
  }

 private:
  void Run() {
    std::unique_lock lock(mutex_);
    while (true) {
      changed_.wait(lock, [this] { return hashed_ < submitted_ || stopping_; });
      if (hashed_ == submitted_) return;  // stopping, nothing left
      const std::size_t slot = hashed_ % kChunks;
      const std::string_view bytes(chunks_[slot].data(), lengths_[slot]);
      lock.unlock();
      hash_.Update(bytes);  // the reader does not touch this chunk until hashed_ passes it
      lock.lock();
      ++hashed_;
      changed_.notify_all();
    }
  }

  static std::array<std::vector<char>, kChunks> MakeChunks() {
    std::array<std::vector<char>, kChunks> chunks;
    for (auto& chunk : chunks) chunk.resize(kChunkBytes);
    return chunks;
  }

  std::array<std::vector<char>, kChunks> chunks_ = MakeChunks();
  std::array<std::size_t, kChunks> lengths_{};
  std::uint64_t submitted_ = 0;  // chunks read
  std::uint64_t hashed_ = 0;     // chunks hashed, in order
  bool stopping_ = false;
  Sha256 hash_;  // touched by the hashing thread only, and by HexDigest once it has caught up
  std::mutex mutex_;
  std::condition_variable changed_;
  std::thread thread_;  // last: started once everything above exists
};

class HashingBuffer : public std::streambuf {
 public:
  explicit HashingBuffer(int fd) : fd_(fd) {}

  std::string HexDigest() { return hasher_.HexDigest(); }
  bool failed() const { return failed_; }

 protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    // The consumer is past the current chunk: it may be refilled once hashed.
    std::vector<char>& chunk = hasher_.NextFree();
    ssize_t n = 0;
    do {
      n = ::read(fd_, chunk.data(), chunk.size());
    } while (n < 0 && errno == EINTR);
    if (n <= 0) {
      failed_ = failed_ || n < 0;
      setg(nullptr, nullptr, nullptr);
      return traits_type::eof();
    }
    hasher_.Submit(static_cast<std::size_t>(n));
    setg(chunk.data(), chunk.data(), chunk.data() + n);
    return traits_type::to_int_type(*gptr());
  }

 private:
  int fd_;
  ChunkHasher hasher_;
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
  return state_->buffer.HexDigest();
}

}  // namespace chipgate
