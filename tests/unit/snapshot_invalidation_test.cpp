// A snapshot is used only while it is current, and never costs the user anything: any change to
// a rule or catalog file, to the set of files or to the load options, and any damage to the
// snapshot itself, makes the next load parse the files (and give their answer), silently.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>

#include "support/bundled.hpp"
#include "support/snapshot_fixture.hpp"

namespace chipgate {
namespace {

using testing::SnapshotFixture;

class SnapshotInvalidation : public ::testing::Test {
 protected:
  // Loads twice: the second load comes from the snapshot the first one wrote.
  void SetUp() override {
    ASSERT_TRUE(fixture_.Load(fixture_.Options()).ok());
    const Result<Engine> again = fixture_.Load(fixture_.Options());
    ASSERT_TRUE(again.ok());
    ASSERT_TRUE(SnapshotFixture::FromSnapshot(*again.value));
    ASSERT_TRUE(SnapshotFixture::LicenseRequired(*again.value, "CN"));
  }
  // The next load: parsed, not from the snapshot; and the one after it from the new snapshot.
  Engine Reparsed(const EngineOptions& options) {
    Result<Engine> parsed = fixture_.Load(options);
    EXPECT_TRUE(parsed.ok());
    EXPECT_FALSE(parsed.ok() && SnapshotFixture::FromSnapshot(*parsed.value));
    const Result<Engine> next = fixture_.Load(options);
    EXPECT_TRUE(next.ok() && SnapshotFixture::FromSnapshot(*next.value)) << "the full load rewrites the snapshot";
    return std::move(*parsed.value);
  }
  Engine Reparsed() { return Reparsed(fixture_.Options()); }
  void Edit(const std::string& file, const std::string& from, const std::string& to) {
    std::string text = SnapshotFixture::Read(file);
    const auto at = text.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    SnapshotFixture::Write(file, text.replace(at, from.size(), to));
  }

  SnapshotFixture fixture_;
};

TEST_F(SnapshotInvalidation, OneChangedByteInARuleFile) {
  Edit(fixture_.File("rules/main.rules"), "{CN}", "{CU}");
  const Engine e = Reparsed();
  EXPECT_FALSE(SnapshotFixture::LicenseRequired(e, "CN"));
  EXPECT_TRUE(SnapshotFixture::LicenseRequired(e, "CU"));
}

TEST_F(SnapshotInvalidation, OneChangedByteInAnIncludedFile) {
  Edit(fixture_.File("rules/more/inc.rules"), "{RU}", "{BY}");
  const Engine e = Reparsed();
  EXPECT_FALSE(SnapshotFixture::LicenseRequired(e, "RU"));
  EXPECT_TRUE(SnapshotFixture::LicenseRequired(e, "BY"));
}

TEST_F(SnapshotInvalidation, AFileAddedToTheRulesFolder) {
  SnapshotFixture::Write(fixture_.File("rules/added.rules"),
                         "ruleset \"added\" authority \"test\" from 2022-10-07 current 2026-07-23\n"
                         "require t.kp \"license to KP\"\n  effective 2022-10-07\n  cite \"test\"\n  when destination in {KP}\n");
  EXPECT_TRUE(SnapshotFixture::LicenseRequired(Reparsed(), "KP"));
}

TEST_F(SnapshotInvalidation, AFileRemovedFromTheRulesFolder) {
  std::filesystem::remove(fixture_.File("rules/other.rules"));
  const Engine e = Reparsed();
  EXPECT_FALSE(SnapshotFixture::LicenseRequired(e, "IR"));
  EXPECT_TRUE(SnapshotFixture::LicenseRequired(e, "CN"));
}

TEST_F(SnapshotInvalidation, AChangedCatalogLayerFile) {
  EngineOptions o = fixture_.Options();
  o.catalogs = {fixture_.File("layer.toml")};
  SnapshotFixture::Write(o.catalogs[0], SnapshotFixture::Read(testing::SourcePath("catalog/nvidia/nvidia-h20.toml")));
  ASSERT_TRUE(fixture_.Load(o).ok());
  const Result<Engine> before = fixture_.Load(o);
  ASSERT_TRUE(before.ok() && SnapshotFixture::FromSnapshot(*before.value));
  Edit(o.catalogs[0], "memory_gb = 96", "memory_gb = 97");
  const Engine e = Reparsed(o);
  EXPECT_NE(e.provenance().catalog_hash, before.value->provenance().catalog_hash);
  EXPECT_NE(e.RenderItem("nvidia-h20", Format::kJson).value->find("97"), std::string::npos);
}

TEST_F(SnapshotInvalidation, OtherOptionsAreAnotherSnapshot) {
  EngineOptions o = fixture_.Options();
  o.rules = {fixture_.File("rules/other.rules")};
  const Engine e = Reparsed(o);
  EXPECT_FALSE(SnapshotFixture::LicenseRequired(e, "CN"));
  EXPECT_TRUE(SnapshotFixture::LicenseRequired(e, "IR"));
  const Result<Engine> first = fixture_.Load(fixture_.Options());
  EXPECT_TRUE(first.ok() && SnapshotFixture::FromSnapshot(*first.value)) << "the first options' snapshot is still there";
}

TEST_F(SnapshotInvalidation, AnErrorAddedAfterTheSnapshotIsReported) {
  Edit(fixture_.File("rules/more/inc.rules"), "when destination", "when destinaton");
  const Result<Engine> broken = Engine::Load(fixture_.Options());
  ASSERT_FALSE(broken.ok());
  const std::string text = RenderText(broken.diagnostics);
  EXPECT_NE(text.find("inc.rules:"), std::string::npos) << text;
  EXPECT_NE(text.find("destinaton"), std::string::npos) << text;
}

// Same path, same bytes, but the included file now leads outside the tree (a symlink to a copy):
// the loader refuses such an include (E0207), so the snapshot must not stand in for it. The
// root is the one file, so only where the include leads tells the two trees apart.
TEST_F(SnapshotInvalidation, AnIncludeThatNowLeadsOutsideTheTree) {
  EngineOptions o = fixture_.Options();
  o.rules = {fixture_.File("rules/main.rules")};
  ASSERT_TRUE(fixture_.Load(o).ok());
  const std::string inside = fixture_.File("rules/more/inc.rules");
  const std::string outside = fixture_.File("outside.rules");
  std::filesystem::copy_file(inside, outside);
  std::filesystem::remove(inside);
  std::filesystem::create_symlink(outside, inside);
  const Result<Engine> refused = Engine::Load(o);
  ASSERT_FALSE(refused.ok());
  const std::string text = RenderText(refused.diagnostics);
  EXPECT_NE(text.find("E0207"), std::string::npos) << text;
}

class SnapshotDamage : public SnapshotInvalidation {
 protected:
  void Damage(std::size_t at, bool truncate) {
    const std::string file = fixture_.SnapshotFile();
    ASSERT_FALSE(file.empty());
    std::string bytes = SnapshotFixture::Read(file);
    ASSERT_LT(at, bytes.size());
    if (truncate) {
      bytes.resize(at);
    } else {
      bytes[at] = static_cast<char>(bytes[at] ^ 0x01);
    }
    SnapshotFixture::Write(file, bytes);
    EXPECT_TRUE(SnapshotFixture::LicenseRequired(Reparsed(), "CN"));
  }
  std::size_t Size() const { return static_cast<std::size_t>(std::filesystem::file_size(fixture_.SnapshotFile())); }
};

TEST_F(SnapshotDamage, Truncated) { Damage(Size() / 2, true); }
TEST_F(SnapshotDamage, TruncatedToNothing) { Damage(0, true); }
TEST_F(SnapshotDamage, AFlippedByteInThePayload) { Damage(Size() / 2, false); }
TEST_F(SnapshotDamage, AFlippedByteInTheLastByte) { Damage(Size() - 1, false); }
TEST_F(SnapshotDamage, AnotherFormatVersion) { Damage(8, false); }  // the version follows the 8-byte magic
TEST_F(SnapshotDamage, BadMagic) { Damage(0, false); }

TEST_F(SnapshotDamage, WrittenPrivately) {
  struct stat file {};
  struct stat folder {};
  ASSERT_EQ(::stat(fixture_.SnapshotFile().c_str(), &file), 0);
  ASSERT_EQ(::stat(fixture_.CacheDir().c_str(), &folder), 0);
  EXPECT_EQ(file.st_mode & 0777, 0600U);
  EXPECT_EQ(folder.st_mode & 0777, 0700U);
}

TEST_F(SnapshotDamage, AFileOthersMayWriteIsNotRead) {
  ASSERT_EQ(::chmod(fixture_.SnapshotFile().c_str(), 0666), 0);
  Reparsed();
}

TEST(SnapshotFolder, AnUnwritableFolderStillLoads) {
  SnapshotFixture fixture;
  SnapshotFixture::Write(fixture.File("not-a-folder"), "x");
  EngineOptions o = fixture.Options();
  o.snapshot_dir = fixture.File("not-a-folder/cache");
  for (int i = 0; i < 2; ++i) {
    const Result<Engine> e = fixture.Load(o);
    ASSERT_TRUE(e.ok());
    EXPECT_FALSE(SnapshotFixture::FromSnapshot(*e.value));
    EXPECT_TRUE(SnapshotFixture::LicenseRequired(*e.value, "CN"));
  }
}

TEST(SnapshotFolder, NoFolderNoSnapshot) {
  SnapshotFixture fixture;
  EngineOptions o = fixture.Options();
  o.snapshot_dir.clear();
  ASSERT_TRUE(fixture.Load(o).ok());
  const Result<Engine> e = fixture.Load(o);
  ASSERT_TRUE(e.ok());
  EXPECT_FALSE(SnapshotFixture::FromSnapshot(*e.value));
  EXPECT_FALSE(std::filesystem::exists(fixture.CacheDir()));
}

}  // namespace
}  // namespace chipgate
