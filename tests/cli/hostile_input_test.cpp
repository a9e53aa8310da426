// Input paths that are not regular files, named on the command line: every reader ends with a
// clear error in bounded time and memory. Before, `audit /dev/zero` never ended, `--map
// /dev/zero` and `dump --ast /dev/zero` exhausted memory, and a FIFO hung the open.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>

#include "support/bundled.hpp"
#include "support/run_cli.hpp"
#include "support/temp_dir.hpp"

namespace chipgate {
namespace {

using testing::CliRun;

CliRun Chipgate(const std::vector<std::string>& args) { return testing::RunCli(args, CHIPGATE_SOURCE_DIR); }

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

class HostileInput : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(::mkfifo(dir_.File("fifo").c_str(), 0600), 0);
    std::ofstream(log_) << "shipment_id,ship_date,item,quantity,destination,end_user\n";
  }
  testing::TempDir dir_;
  std::string log_ = dir_.File("log.csv");
};

TEST_F(HostileInput, LintAndDumpRefuseDevicesAndFifos) {
  for (const std::string& path : {std::string("/dev/zero"), dir_.File("fifo")}) {
    const CliRun lint = Chipgate({"lint", path});
    EXPECT_EQ(lint.exit_code, 1) << path;
    EXPECT_TRUE(Has(lint.err, "not a regular file")) << lint.err;
    const CliRun dump = Chipgate({"dump", "--ast", path});
    EXPECT_EQ(dump.exit_code, 2) << path;
    EXPECT_TRUE(Has(dump.err, "not a regular file")) << dump.err;
  }
}

TEST_F(HostileInput, AuditRefusesALogOrMappingThatIsNotARegularFile) {
  for (const std::string& path : {std::string("/dev/zero"), dir_.File("fifo"), dir_.path().string()}) {
    const CliRun log = Chipgate({"audit", path, "--db", dir_.File("a.sqlite")});
    EXPECT_EQ(log.exit_code, 2) << path;
    EXPECT_TRUE(Has(log.err, "not a regular file")) << log.err;
    const CliRun map = Chipgate({"audit", log_, "--db", dir_.File("a.sqlite"), "--map", path});
    EXPECT_EQ(map.exit_code, 2) << path;
    EXPECT_TRUE(Has(map.err, "cannot read the mapping file: not a regular file")) << map.err;
  }
}

TEST_F(HostileInput, CatalogLayersThatAreNotRegularFilesAreRefused) {
  for (const std::string& path : {std::string("/dev/zero"), dir_.File("fifo")}) {
    const CliRun run = Chipgate({"catalog", "list", "--catalog", path});
    EXPECT_EQ(run.exit_code, 2) << path;
    EXPECT_TRUE(Has(run.err, "cannot read catalog path")) << run.err;
  }
}

}  // namespace
}  // namespace chipgate
