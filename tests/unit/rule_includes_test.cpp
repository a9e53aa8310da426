// `include` stays inside the rule tree being loaded: no absolute paths, no `..` out of it, no
// symlink leading out, only regular `.rules` files, and nothing of a refused file's content in
// the messages. A hostile rule file must not read /etc/shadow, /dev/zero or a FIFO.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "check/rules.hpp"
#include "support/temp_dir.hpp"

namespace chipgate {
namespace {

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

const char* kRule = "require r \"r\" effective 2023-11-17 cite \"c\" for 3A090.z when destination in D:5\n";

struct Loaded {
  SourceSet sources;
  Result<Model> result;
  std::string text;
};

// Loads tree/main.rules, which includes `target`.
Loaded LoadIncluding(const testing::TempDir& dir, const std::string& target) {
  std::filesystem::create_directories(dir.path() / "tree");
  std::ofstream(dir.File("tree/main.rules")) << "include \"" << target << "\"\n" << kRule;
  Loaded out;
  out.result = LoadRules({dir.File("tree/main.rules")}, out.sources);
  out.text = RenderText(out.result.diagnostics, out.sources);
  return out;
}

TEST(RuleIncludes, AbsolutePathsAreRefusedAndNeverEchoed) {
  testing::TempDir dir;
  const Loaded l = LoadIncluding(dir, "/etc/passwd");
  EXPECT_TRUE(Has(l.text, "error[E0207]")) << l.text;
  EXPECT_FALSE(Has(l.text, "root:")) << l.text;
  EXPECT_EQ(l.sources.size(), 1U) << "only main.rules was read";
}

TEST(RuleIncludes, DotDotOutOfTheTreeIsRefused) {
  testing::TempDir dir;
  std::ofstream(dir.File("outside.rules")) << "secret line\n";
  const Loaded l = LoadIncluding(dir, "../outside.rules");
  EXPECT_TRUE(Has(l.text, "error[E0207]")) << l.text;
  EXPECT_FALSE(Has(l.text, "secret line")) << l.text;
}

TEST(RuleIncludes, DotDotThatStaysInsideIsFine) {
  testing::TempDir dir;
  std::filesystem::create_directories(dir.path() / "tree/sub");
  std::ofstream(dir.File("tree/sub/other.rules")) << "# nothing\n";
  const Loaded l = LoadIncluding(dir, "sub/../sub/other.rules");
  EXPECT_FALSE(Has(l.text, "E0207")) << l.text;
  EXPECT_FALSE(Has(l.text, "E0206")) << l.text;
  EXPECT_EQ(l.sources.size(), 2U);
}

TEST(RuleIncludes, SymlinksLeadingOutAreRefused) {
  testing::TempDir dir;
  std::filesystem::create_directories(dir.path() / "tree");
  std::ofstream(dir.File("outside.rules")) << "secret line\n";
  std::filesystem::create_symlink(dir.File("outside.rules"), dir.File("tree/link.rules"));
  std::filesystem::create_symlink("/dev/zero", dir.File("tree/zero.rules"));
  for (const char* target : {"link.rules", "zero.rules"}) {
    const Loaded l = LoadIncluding(dir, target);
    EXPECT_TRUE(Has(l.text, "error[E0207]")) << target << l.text;
    EXPECT_FALSE(Has(l.text, "secret line")) << l.text;
  }
}

TEST(RuleIncludes, FifosFoldersAndOtherExtensionsAreRefusedWithoutBlocking) {
  testing::TempDir dir;
  std::filesystem::create_directories(dir.path() / "tree/folder.rules");
  ASSERT_EQ(::mkfifo(dir.File("tree/pipe.rules").c_str(), 0600), 0);
  std::ofstream(dir.File("tree/notes.txt")) << "private notes\n";
  for (const char* target : {"pipe.rules", "folder.rules", "notes.txt"}) {
    const Loaded l = LoadIncluding(dir, target);
    EXPECT_TRUE(Has(l.text, "error[E020")) << target << l.text;
    EXPECT_FALSE(Has(l.text, "private notes")) << l.text;
  }
}

TEST(RuleIncludes, TheSizeLimitIsCheckedBeforeReading) {
  testing::TempDir dir;
  std::filesystem::create_directories(dir.path() / "tree");
  std::ofstream(dir.File("tree/huge.rules")).close();
  std::filesystem::resize_file(dir.File("tree/huge.rules"), std::uintmax_t{64} << 20);  // sparse: costs no disk
  const Loaded l = LoadIncluding(dir, "huge.rules");
  EXPECT_TRUE(Has(l.text, "larger than the limit")) << l.text;
  EXPECT_EQ(l.sources.size(), 1U) << "the huge file was never read";
}

TEST(RuleIncludes, ANamedFileThatIsNotRegularIsAnError) {
  SourceSet sources;
  const Result<Model> r = LoadRules({"/dev/zero"}, sources);
  const std::string text = RenderText(r.diagnostics, sources);
  EXPECT_TRUE(Has(text, "/dev/zero: error[E0001]")) << text;
  EXPECT_TRUE(Has(text, "not a regular file")) << text;
}

}  // namespace
}  // namespace chipgate
