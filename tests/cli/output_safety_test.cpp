// What hostile text in a catalog or a log can do to chipgate's output: no cell a spreadsheet
// would run as a formula in any CSV chipgate writes, and no control character or escape
// sequence reaching the terminal.
#include <gtest/gtest.h>

#include <fstream>

#include "support/bundled.hpp"
#include "support/run_cli.hpp"
#include "support/temp_dir.hpp"

namespace chipgate {
namespace {

using testing::CliRun;

CliRun Chipgate(const std::vector<std::string>& args) { return testing::RunCli(args, CHIPGATE_SOURCE_DIR); }

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// A catalog layer with one item whose vendor and name are formulas.
std::string FormulaCatalog(const testing::TempDir& dir) {
  const std::string path = dir.File("hostile.toml");
  std::ofstream(path) << "id = \"hostile-chip\"\n"
                         "vendor = \"-1+cmd|' /C calc'!A0\"\n"
                         "name = \"=HYPERLINK(\\\"http://evil\\\")\"\n"
                         "kind = \"ic\"\ntdp_w = 350\n[dense_tops]\nfp16 = 120\n[[sources]]\ntitle = \"x\"\n";
  return path;
}

TEST(CsvInjection, CatalogListCsvGuardsEveryTextCell) {
  testing::TempDir dir;
  const CliRun run = Chipgate({"catalog", "list", "--format", "csv", "--catalog", FormulaCatalog(dir)});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(Has(run.out, "\r\nhostile-chip,\"'=HYPERLINK(\"\"http://evil\"\")\",'-1+cmd|' /C calc'!A0,ic,1920,,,\r\n")) << run.out;
}

TEST(CsvInjection, ScreenCsvGuardsEveryTextCell) {
  testing::TempDir dir;
  const CliRun run = Chipgate({"screen", "--format", "csv", "--catalog", FormulaCatalog(dir), "--items", "hostile-chip", "--to", "CN",
                               "--date", "2026-11-28"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(Has(run.out, "\r\nhostile-chip,'-1+cmd|' /C calc'!A0,\"'=HYPERLINK(\"\"http://evil\"\")\",ic,")) << run.out;
}

TEST(CsvInjection, AuditCsvGuardsMinusDigitTabAndCarriageReturn) {
  testing::TempDir dir;
  std::ofstream(dir.File("f.csv")) << "shipment_id,ship_date,item,quantity,destination,end_user,end_user_hq,claimed\n"
                                      "-1+cmd|' /C calc'!A0,2024-05-01,nvidia-l4,1,DE,\"\t=1+1\",DE,\n"
                                      "S2,2024-05-01,nvidia-l4,1,DE,\"\r=1+1\",DE,\n";
  const CliRun run = Chipgate({"audit", dir.File("f.csv"), "--db", dir.File("a.sqlite"), "--format", "csv"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(Has(run.out, "\r\n2,'-1+cmd|' /C calc'!A0,2024-05-01,")) << run.out;
  EXPECT_FALSE(Has(run.out, ",\t=1+1")) << run.out;
  EXPECT_FALSE(Has(run.out, "\"\r=1+1")) << run.out;
}

}  // namespace
}  // namespace chipgate
