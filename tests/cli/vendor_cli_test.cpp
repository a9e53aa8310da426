// The vendor commands end to end (screen, headroom, whatif, diff): the real binary on the bundled
// rules and catalog, each output format, and the exit code and message for bad input.
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

std::string Line(const std::string& text, const std::string& start) {
  const auto at = text.find("\n" + start);
  if (at == std::string::npos) return "";
  return text.substr(at + 1, text.find('\n', at + 1) - at - 1);
}

// A catalog file replacing the H20 with the given name and die area.
std::string H20Variant(const testing::TempDir& dir, const std::string& name, const std::string& die) {
  std::ifstream in(testing::SourcePath("catalog/nvidia/nvidia-h20.toml"));
  std::string text((std::istreambuf_iterator<char>(in)), {});
  text.replace(text.find("name = \"H20 (HGX H20)\""), 22, "name = \"" + name + "\"");
  text.replace(text.find("die_area_mm2 = 814"), 18, "die_area_mm2 = " + die);
  const std::string path = dir.File("my-design.toml");
  std::ofstream(path) << text;
  return path;
}

const std::vector<std::string> kScreen = {"screen", "--date", "2026-11-28", "--items", "nvidia-h100-sxm5-80gb,nvidia-h20,amd-mi210",
                                          "--to", "CN,KH,MY", "--to-group", "D:5"};

TEST(ScreenCli, TextTableWithGroupCountsLegendAndAssumption) {
  const CliRun run = Chipgate(kScreen);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(Has(run.out, "3 products x 25 destinations on 2026-11-28; end user headquartered in the destination (assumed;")) << run.out;
  // `*` on every cell: the WMD and US-person-support questions reach every item and destination.
  EXPECT_EQ(Line(run.out, "nvidia-h100-sxm5-80gb"), "nvidia-h100-sxm5-80gb  3A090.a         LIC:case*  LIC:approval*  NLR*  LIC:denial* ×21, LIC:case* ×1");
  EXPECT_EQ(Line(run.out, "nvidia-h20"), "nvidia-h20             3A991.p         LIC*       NLR*           NLR*  LIC* ×16, LIC:denial* ×5, LIC:case* ×1");
  EXPECT_EQ(Line(run.out, "amd-mi210"), "amd-mi210              3A090.b         LIC+NAC*   LIC+ACA*       NLR*  LIC+NAC* ×16, LIC:denial* ×6");
  EXPECT_TRUE(Has(run.out, "\nLegend\n")) << run.out;
  EXPECT_TRUE(Has(run.out, "  D:5 (22 members on the date): AF BY CD CF CN ")) << run.out;
  EXPECT_TRUE(Has(run.out, "Provenance: rules sha256 ")) << run.out;
}

TEST(ScreenCli, WholeCatalogMergesIdenticalDestinationsForTheTerminal) {
  const CliRun run = Chipgate({"screen", "--date", "2026-11-28"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(Has(run.out, "x 250 destinations")) << run.out.substr(0, 300);
  EXPECT_TRUE(Has(run.out, "#1 (")) << run.out.substr(0, 600);
  // Hong Kong is treated as China; Macau differs in its end-use questions (744.21 and 744.22 do
  // not name it), so it has a column of its own.
  EXPECT_TRUE(Has(run.out, " CN HK\n")) << run.out;
}

TEST(ScreenCli, CsvIsOneRecordPerProduct) {
  std::vector<std::string> args = kScreen;
  args.insert(args.end(), {"--format", "csv"});
  const CliRun run = Chipgate(args);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out.rfind("id,vendor,name,kind,classification,CN,KH,MY,D:5\r\n", 0), 0U) << run.out;
  EXPECT_TRUE(Has(run.out, "\r\nnvidia-h20,NVIDIA,H20 (HGX H20),ic,3A991.p,LIC*,NLR*,NLR*,\"LIC* ×16, LIC:denial* ×5, LIC:case* ×1\"\r\n")) << run.out;
}

TEST(ScreenCli, JsonUsesCheckKeyNamesPerDestination) {
  std::vector<std::string> args = kScreen;
  args.insert(args.end(), {"--format", "json"});
  const CliRun run = Chipgate(args);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(Has(run.out, "\"destination\": \"CN\",\n          \"code\": \"LIC:case*\",\n          \"status\": \"determined\",\n"
                           "          \"license_required\": true,\n          \"review_policy\": \"case_by_case\",\n"
                           "          \"license_exceptions\": []")) << run.out.substr(0, 2000);
  EXPECT_TRUE(Has(run.out, "\"license_exceptions\": [\n            \"NAC\"\n          ]")) << run.out;
  EXPECT_TRUE(Has(run.out, "\"group\": \"D:5\",\n          \"counts\": {\n            \"LIC:denial*\": 21,\n            \"LIC:case*\": 1\n")) << run.out;
  EXPECT_TRUE(Has(run.out, "\"rules_hash\": ")) << run.out;
}

TEST(ScreenCli, HtmlIsOneSelfContainedEscapedPage) {
  testing::TempDir dir;
  const std::string file = H20Variant(dir, "H20 <script>alert(1)</script>", "814");
  std::vector<std::string> args = kScreen;
  args.insert(args.end(), {"--format", "html", "--catalog", file});
  const CliRun run = Chipgate(args);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out.rfind("<!DOCTYPE html>\n", 0), 0U);
  EXPECT_TRUE(Has(run.out, "<style>"));
  EXPECT_FALSE(Has(run.out, "<script"));
  EXPECT_FALSE(Has(run.out, "src="));
  EXPECT_FALSE(Has(run.out, "<link"));
  EXPECT_TRUE(Has(run.out, "H20 &lt;script&gt;alert(1)&lt;/script&gt;"));
  EXPECT_TRUE(Has(run.out, "<td class=\"unk\" title=\"H100 SXM5 80GB to China (CN): license required, case-by-case review, provided that the end use does not bring in "))
      << run.out;
  EXPECT_TRUE(Has(run.out, "<dt>catalog sha256</dt>"));
  EXPECT_TRUE(Has(run.out, "</html>\n"));
}

TEST(ScreenCli, BadInputIsAClearErrorWithExit2) {
  const CliRun group = Chipgate({"screen", "--to-group", "D:9"});
  EXPECT_EQ(group.exit_code, 2);
  EXPECT_TRUE(Has(group.err, "error[Q0202]: --to-group: `D:9` names no country group or set")) << group.err;
  const CliRun vendor = Chipgate({"screen", "--vendor", "Nvidea"});
  EXPECT_EQ(vendor.exit_code, 2);
  EXPECT_TRUE(Has(vendor.err, "no product in the catalog has vendor `Nvidea`")) << vendor.err;
  EXPECT_EQ(Chipgate({"screen", "--format", "pdf"}).exit_code, 2);
  EXPECT_EQ(Chipgate({"screen", "--to", "UK"}).exit_code, 2);
  EXPECT_EQ(Chipgate({"screen", "--end-user-hq", "XX"}).exit_code, 2);
}

TEST(ScreenCli, VendorFilterIsCaseInsensitive) {
  const CliRun run = Chipgate({"screen", "--vendor", "amd", "--to", "CN", "--date", "2026-11-28", "--format", "csv"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(Has(run.out, "\r\namd-mi210,AMD,")) << run.out;
  EXPECT_FALSE(Has(run.out, "nvidia")) << run.out;
}

TEST(HeadroomCli, H20MarginsAndFlipsAsSentences) {
  const CliRun run = Chipgate({"headroom", "nvidia-h20", "--date", "2026-11-28"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(Has(run.out, "[no ] tpp 2368: 32 below 3A090.b.1's 2400 (ear.3a090.b.1: tpp >= 2400)")) << run.out;
  EXPECT_TRUE(Has(run.out, "[no ] pd ≈2.9091: ≈0.2909 below 3A090.b.2's 3.2 (ear.3a090.b.2: pd >= 3.2)")) << run.out;
  EXPECT_TRUE(Has(run.out, "up: raising tpp from 2368 to 2400 (+32) makes it 3A090.b [3A090.b.1] (was 3A991.p [3A991.p.1, 3A991.p.2])")) << run.out;
  EXPECT_TRUE(Has(run.out, "at 2399.99 it stays 3A991.p [3A991.p.1, 3A991.p.2]")) << run.out;
  EXPECT_TRUE(Has(run.out, "down: shrinking the die (die_area_mm2) from 814 mm2 to 740 mm2 (-74) makes it 3A090.b [3A090.b.2]")) << run.out;
}

TEST(HeadroomCli, DecisionFlipsForADestinationAndJson) {
  const CliRun run = Chipgate({"headroom", "nvidia-rtx-4090", "--to", "CN", "--date", "2026-11-28"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(Has(run.out, "down: cutting tpp from 5284.8 to 4799.99 (-484.81) removes the license requirement: LIC+NAC* -> NLR*")) << run.out;
  const CliRun json = Chipgate({"headroom", "nvidia-rtx-4090d", "--date", "2026-11-28", "--format", "json"});
  ASSERT_EQ(json.exit_code, 0) << json.err;
  EXPECT_TRUE(Has(json.out, "\"spec\": \"tpp\",\n      \"direction\": \"up\",\n      \"unit\": \"TOPS*bit\",\n      \"from\": 4707.2,\n"
                            "      \"to\": 4800,\n      \"change\": 92.8,\n      \"step_back\": 4799.99,")) << json.out;
  EXPECT_EQ(Chipgate({"headroom"}).exit_code, 2);
  EXPECT_EQ(Chipgate({"headroom", "nvidia-h2O"}).exit_code, 2);
}

TEST(WhatIfCli, SetShowsTheVariantSideBySide) {
  const CliRun run = Chipgate({"whatif", "nvidia-h20", "--set", "tpp=2400", "--to", "CN", "--date", "2026-11-28"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(Has(run.out, "changes (--set): tpp=2400")) << run.out;
  EXPECT_EQ(Line(run.out, "classification"), "classification           3A991.p               3A090.b    *");
  EXPECT_EQ(Line(run.out, "decision (CN)"), "decision (CN)            LIC*                  LIC:case*  *");
  EXPECT_EQ(Line(run.out, "tpp "), "tpp                      2368                  2400       *");
}

TEST(WhatIfCli, CatalogFileIsComparedWithTheBundledItem) {
  testing::TempDir dir;
  const std::string file = H20Variant(dir, "H20 (HGX H20)", "700");
  const CliRun run = Chipgate({"whatif", "nvidia-h20", "--catalog", file, "--set", "datacenter=false", "--date", "2026-11-28"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(Has(run.out, "bundled               my-design.toml  what-if")) << run.out;
  EXPECT_EQ(Line(run.out, "classification"), "classification           3A991.p               3A090.b         3A991.p               *");
}

TEST(WhatIfCli, UnknownFieldOrBadValueExits2) {
  const CliRun typo = Chipgate({"whatif", "nvidia-h20", "--set", "die_aera_mm2=700"});
  EXPECT_EQ(typo.exit_code, 2);
  EXPECT_TRUE(Has(typo.err, "error[V0102]: --set: unknown field `die_aera_mm2`")) << typo.err;
  EXPECT_TRUE(Has(typo.err, "did you mean `die_area_mm2`?")) << typo.err;
  const CliRun flag = Chipgate({"whatif", "nvidia-h20", "--set", "datacenter=maybe"});
  EXPECT_EQ(flag.exit_code, 2);
  EXPECT_TRUE(Has(flag.err, "`datacenter` is `true` or `false`, not `maybe`")) << flag.err;
  const CliRun number = Chipgate({"whatif", "nvidia-h20", "--set", "die_area_mm2=big"});
  EXPECT_EQ(number.exit_code, 2);
  EXPECT_TRUE(Has(number.err, "`die_area_mm2` is a number in mm2, not `big`")) << number.err;
  const CliRun zero = Chipgate({"whatif", "nvidia-h20", "--set", "die_area_mm2=0"});
  EXPECT_EQ(zero.exit_code, 2);
  EXPECT_TRUE(Has(zero.err, "error[C0110]: --set: `die_area_mm2` is zero")) << zero.err;
  EXPECT_EQ(Chipgate({"whatif", "micron-hbm3e-24gb-8high", "--set", "tpp=100"}).exit_code, 2);  // no TPP to scale
}

TEST(DiffCli, CambodiaIsSortedStableAndExits1) {
  const CliRun run = Chipgate({"diff", "--from", "2026-02-02", "--to", "2026-02-03"});
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_TRUE(Has(run.out, "  [1]* KH (Cambodia) leaves D:5 on 2026-02-03: BIS 'Conforming Change for Cambodia'")) << run.out;
  EXPECT_TRUE(Has(run.out, "  nvidia-h100-sxm5-80gb (NVIDIA H100 SXM5 80GB)\n    KH: LIC:denial* -> LIC:approval*  [1] via ear.744.23.a.3, ear.letter.nvidia.h20.2025\n"))
      << run.out;  // the H100 (900 GB/s NVLink) also meets the letter's interconnect test
  EXPECT_TRUE(Has(run.out, "  nvidia-h20 (NVIDIA H20 (HGX H20))\n    KH: LIC* -> NLR*  [1] via ear.letter.nvidia.h20.2025\n")) << run.out;
  EXPECT_EQ(Chipgate({"diff", "--from", "2026-02-02", "--to", "2026-02-03"}).out, run.out);  // byte for byte
}

TEST(DiffCli, A800AndH800AndJson) {
  const CliRun run = Chipgate({"diff", "--from", "2023-11-16", "--to", "2023-11-17", "--items", "nvidia-a800-sxm4-80gb,nvidia-h800-sxm5"});
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_TRUE(Has(run.out, "  nvidia-a800-sxm4-80gb (NVIDIA A800 SXM4 80GB)\n    classification: 3A991.p [3A991.p.1, 3A991.p.2] -> 3A090.a [3A090.a.1, 3A090.a.2]  [1] [2] [4] [10] via "))
      << run.out;
  EXPECT_TRUE(Has(run.out, "  [1]* ear.3a090.a.1 (classify 3A090.a.1) takes effect on 2023-11-17: TPP of 4800 or more")) << run.out;
  const CliRun json = Chipgate({"diff", "--from", "2026-02-02", "--to", "2026-02-03", "--items", "nvidia-rtx-4090", "--format", "json"});
  EXPECT_EQ(json.exit_code, 1);
  EXPECT_TRUE(Has(json.out, "\"kind\": \"membership\",\n      \"id\": \"D:5\",\n      \"country\": \"KH\",")) << json.out;
  EXPECT_TRUE(Has(json.out, "\"code\": \"LIC+ACA*\"")) << json.out;
}

TEST(DiffCli, NoChangeExits0AndBadFlagsExit2) {
  const CliRun same = Chipgate({"diff", "--from", "2025-06-01", "--to", "2025-06-02", "--items", "nvidia-h100-sxm5-80gb"});
  EXPECT_EQ(same.exit_code, 0) << same.out << same.err;
  EXPECT_TRUE(Has(same.out, "none: every classification and decision is the same on both sides")) << same.out;
  const CliRun half = Chipgate({"diff", "--rules-a", "rules"});
  EXPECT_EQ(half.exit_code, 2);
  EXPECT_TRUE(Has(half.err, "--rules-a and --rules-b go together")) << half.err;
  EXPECT_EQ(Chipgate({"diff"}).exit_code, 2);
  EXPECT_EQ(Chipgate({"diff", "--from", "2026-13-01", "--to", "2026-02-04"}).exit_code, 2);
}

}  // namespace
}  // namespace chipgate
