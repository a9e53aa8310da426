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

// A catalog layer with one item whose name carries escape sequences: an OSC title change, an
// SGR colour and a C1 CSI (U+009B).
std::string EscapeCatalog(const testing::TempDir& dir) {
  const std::string path = dir.File("escapes.toml");
  std::ofstream(path) << "id = \"escape-chip\"\nvendor = \"Evil\\u009b2J\"\n"
                         "name = \"\\u001b]0;pwned\\u0007\\u001b[31mRED\"\n"
                         "kind = \"ic\"\ntdp_w = 350\n[dense_tops]\nfp16 = 120\n[[sources]]\ntitle = \"x\"\n";
  return path;
}

// No byte that a terminal would act on: ESC, BEL, DEL, a lone CR, C1 controls raw or as UTF-8,
// and no invalid UTF-8 (0xFF).
bool HasControls(const std::string& text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == 0x1b || c == 0x07 || c == 0x7f || c == 0x9b || c == 0xff) return true;
    if (c == '\r' && (i + 1 == text.size() || text[i + 1] != '\n')) return true;
    if (c == 0xc2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
        static_cast<unsigned char>(text[i + 1]) <= 0x9f) {
      return true;
    }
  }
  return false;
}

TEST(TerminalSafety, CatalogScreenAndCheckNeutraliseEscapesInNames) {
  testing::TempDir dir;
  const std::string layer = EscapeCatalog(dir);
  const std::vector<std::vector<std::string>> runs = {
      {"catalog", "list", "--catalog", layer},
      {"catalog", "show", "escape-chip", "--catalog", layer},
      {"screen", "--items", "escape-chip", "--to", "CN", "--catalog", layer, "--date", "2026-11-28"},
      {"check", "--item", "escape-chip", "--to", "CN", "--catalog", layer, "--date", "2026-11-28"},
      {"classify", "escape-chip", "--catalog", layer},
  };
  for (const auto& args : runs) {
    const CliRun run = Chipgate(args);
    EXPECT_TRUE(Has(run.out, "escape-chip") || Has(run.out, "RED")) << args[0] << run.out << run.err;
    EXPECT_FALSE(HasControls(run.out)) << args[0] << run.out;
    EXPECT_FALSE(HasControls(run.err)) << args[0] << run.err;
  }
}

TEST(TerminalSafety, LintDiagnosticsNeutraliseEscapesAndJsonIsValidUtf8) {
  testing::TempDir dir;
  std::ofstream(dir.File("bad.rules")) << "ruleset \"x\x1b]0;pwned\x07\xff\" title\n\x1b[2Jclassify oops\n";
  const CliRun text = Chipgate({"lint", dir.File("bad.rules")});
  EXPECT_EQ(text.exit_code, 1);
  EXPECT_TRUE(Has(text.err, "error[")) << text.err;
  EXPECT_FALSE(HasControls(text.err)) << text.err;
  const CliRun json = Chipgate({"lint", dir.File("bad.rules"), "--diagnostics", "json"});
  EXPECT_EQ(json.exit_code, 1);
  EXPECT_TRUE(Has(json.out, "\"source_line\"")) << json.out;
  EXPECT_FALSE(HasControls(json.out)) << json.out;
}

TEST(TerminalSafety, AuditSummaryAndJsonNeutraliseEscapesFromTheLog) {
  testing::TempDir dir;
  std::ofstream(dir.File("f.csv")) << "shipment_id,ship_date,item,quantity,destination,end_user,end_user_hq,claimed\n"
                                      "S1\x1b[2J,2024-05-01,no-such-item\x1b]0;x\x07,1,DE,A\xff,DE,\n"
                                      "S2\x1b[2J,2024-05-01,nvidia-h100-sxm5-80gb,1,DE,B\x1b]0;y\x07,DE,\n";
  const CliRun text = Chipgate({"audit", dir.File("f.csv"), "--db", dir.File("a.sqlite")});
  EXPECT_EQ(text.exit_code, 1) << text.err;
  EXPECT_FALSE(HasControls(text.out + text.err)) << text.out << text.err;
  const CliRun json = Chipgate({"audit", dir.File("f.csv"), "--db", dir.File("a.sqlite"), "--format", "json"});
  EXPECT_FALSE(HasControls(json.out + json.err)) << json.out << json.err;
}

}  // namespace
}  // namespace chipgate
