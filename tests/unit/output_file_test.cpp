// Output files are replaced atomically: the old file or the whole new one, never a cut one,
// and no temporary file left behind when writing fails. File identities see through spelling,
// hard links and symlinks.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/resource.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "text/file_identity.hpp"
#include "text/output_file.hpp"
#include "support/temp_dir.hpp"

namespace chipgate {
namespace {

std::string Read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::size_t FilesIn(const testing::TempDir& dir) {
  return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator(dir.path()), {}));
}

// Makes every write past `bytes` fail with EFBIG (a full disk, as far as the writer can tell)
// for as long as it lives.
class FileSizeLimit {
 public:
  explicit FileSizeLimit(rlim_t bytes) {
    ::getrlimit(RLIMIT_FSIZE, &old_);
    old_handler_ = ::signal(SIGXFSZ, SIG_IGN);
    rlimit limit = old_;
    limit.rlim_cur = bytes;
    ::setrlimit(RLIMIT_FSIZE, &limit);
  }
  ~FileSizeLimit() {
    ::setrlimit(RLIMIT_FSIZE, &old_);
    ::signal(SIGXFSZ, old_handler_);
  }

 private:
  rlimit old_{};
  sighandler_t old_handler_;
};

TEST(OutputFile, CreatesAndReplaces) {
  testing::TempDir dir;
  ASSERT_EQ(WriteFileAtomically(dir.File("r.html"), "one"), std::nullopt);
  EXPECT_EQ(Read(dir.File("r.html")), "one");
  ASSERT_EQ(WriteFileAtomically(dir.File("r.html"), "two"), std::nullopt);
  EXPECT_EQ(Read(dir.File("r.html")), "two");
  EXPECT_EQ(FilesIn(dir), 1U);
}

TEST(OutputFile, AFailedWriteLeavesTheOldFileAndNoTemporary) {
  testing::TempDir dir;
  std::ofstream(dir.File("r.html")) << "the old report";
  std::optional<std::string> error;
  {
    const FileSizeLimit limit(4096);
    error = WriteFileAtomically(dir.File("r.html"), std::string(1 << 20, 'x'));
  }
  ASSERT_NE(error, std::nullopt);
  EXPECT_NE(error->find("while writing"), std::string::npos) << *error;
  EXPECT_EQ(Read(dir.File("r.html")), "the old report");
  EXPECT_EQ(FilesIn(dir), 1U) << "the temporary file was removed";
}

TEST(OutputFile, AMissingFolderIsAnError) {
  testing::TempDir dir;
  EXPECT_NE(WriteFileAtomically(dir.File("no/such/r.html"), "x"), std::nullopt);
}

TEST(FileIdentity, SameFileHoweverItIsSpelt) {
  testing::TempDir dir;
  std::ofstream(dir.File("log.csv")) << "x";
  std::filesystem::create_hard_link(dir.File("log.csv"), dir.File("hard.csv"));
  std::filesystem::create_symlink(dir.File("log.csv"), dir.File("soft.csv"));
  const FileIdentity log = IdentityOf(dir.File("log.csv"));
  std::filesystem::create_directory(dir.path() / "sub");
  EXPECT_EQ(IdentityOf(dir.path().string() + "/./sub/../log.csv"), log);
  EXPECT_EQ(IdentityOf(dir.File("hard.csv")), log);
  EXPECT_EQ(IdentityOf(dir.File("soft.csv")), log);
  EXPECT_FALSE(IdentityOf(dir.File("other.csv")) == log);
  // Not yet existing: compared by the resolved spelling.
  EXPECT_EQ(IdentityOf(dir.File("db.sqlite-journal")), IdentityOf(dir.path().string() + "/x/../db.sqlite-journal"));
  EXPECT_FALSE(IdentityOf(dir.File("a")) == IdentityOf(dir.File("b")));
}

}  // namespace
}  // namespace chipgate
