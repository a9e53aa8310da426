// `chipgate catalog` end to end: the real binary, CHIPGATE_HOME pointing at the fixture catalog
// (tests/data/catalog/home), checking each output format, the TF32 switch, layering, and the
// exit code and message for unknown ids, broken files and a missing catalog.
#include <gtest/gtest.h>

#include "support/catalog_fixtures.hpp"
#include "support/run_cli.hpp"

namespace chipgate {
namespace {

using testing::CatalogFixture;
using testing::CliRun;

CliRun RunCatalog(const std::vector<std::string>& args) {
  std::vector<std::string> all = {"catalog"};
  all.insert(all.end(), args.begin(), args.end());
  return testing::RunCli(all, CatalogFixture("home"));
}

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::string LineStartingWith(const std::string& text, const std::string& start) {
  const auto at = text.find("\n" + start);
  if (at == std::string::npos) return "";
  return text.substr(at + 1, text.find('\n', at + 1) - at - 1);
}

TEST(CatalogCli, ListTextIsAnAlignedTableWithDashForUnknown) {
  const CliRun run = RunCatalog({"list"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.err, "");
  const std::string header = run.out.substr(0, run.out.find('\n'));
  EXPECT_EQ(header.rfind("id ", 0), 0U) << header;
  const std::string h100 = LineStartingWith(run.out, "nvidia-h100-sxm5-80gb ");
  const std::string trn1 = LineStartingWith(run.out, "aws-trainium1 ");
  // Right-aligned TPP column: values end where the header ends.
  EXPECT_EQ(h100.find("15831.2") + 7, header.find("TPP") + 3) << run.out;
  EXPECT_EQ(trn1.find("6080") + 4, header.find("TPP") + 3) << run.out;
  EXPECT_TRUE(Has(h100, "≈19.449")) << h100;
  EXPECT_TRUE(Has(trn1, " - ")) << trn1;  // PD unknown: no die area
  EXPECT_EQ(std::count(run.out.begin(), run.out.end(), '\n'), 9);  // header + 8 items
}

TEST(CatalogCli, ListJsonIsAnArrayWithNullForUnknown) {
  const CliRun run = RunCatalog({"list", "--format", "json"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out.front(), '[');
  EXPECT_EQ(run.out.substr(run.out.size() - 2), "]\n");
  EXPECT_TRUE(Has(run.out, "\"id\": \"nvidia-h100-sxm5-80gb\",\n    \"name\": \"H100 SXM5 80GB\""));
  EXPECT_TRUE(Has(run.out, "\"tpp\": 15831.2,"));
  EXPECT_TRUE(Has(run.out, "\"pd\": 6.043584,"));  // A100: 4992 / 826
  EXPECT_TRUE(Has(run.out, "\"tpp\": 6080,\n    \"pd\": null,\n    \"interconnect_bidir_gbps\": null,"));
  EXPECT_TRUE(Has(run.out, "\"interconnect_bidir_gbps\": 0,"));  // zero = no link, not unknown
  EXPECT_TRUE(Has(run.out, "\"datacenter\": true"));
}

TEST(CatalogCli, ListCsvFollowsRfc4180) {
  const CliRun run = RunCatalog({"list", "--format=csv"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out.rfind("id,name,vendor,kind,tpp,pd,interconnect_bidir_gbps,datacenter\r\n", 0), 0U);
  EXPECT_TRUE(Has(run.out, "\r\naws-trainium1,Trainium (Trn1),AWS,ic,6080,,,true\r\n"));
  EXPECT_TRUE(Has(run.out, "\r\nqualcomm-cloud-ai-100-ultra,\"Cloud AI 100 Ultra (card, 4 SoCs)\",Qualcomm,system,,,0,true\r\n"));
  EXPECT_TRUE(Has(run.out, "\r\nnvidia-a100-sxm4-40gb,A100 SXM4 40GB,NVIDIA,ic,4992,6.043584,600,true\r\n"));
}

TEST(CatalogCli, Tf32BitsSwitchesTheConvention) {
  EXPECT_TRUE(Has(RunCatalog({"list", "--format", "csv"}).out, "aws-trainium1,Trainium (Trn1),AWS,ic,6080,"));
  EXPECT_TRUE(Has(RunCatalog({"list", "--format", "csv", "--tf32-bits", "19"}).out,
                  "aws-trainium1,Trainium (Trn1),AWS,ic,3610,"));
  const CliRun bad = RunCatalog({"list", "--tf32-bits", "20"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_TRUE(Has(bad.err, "`--tf32-bits` must be 32 or 19")) << bad.err;
}

TEST(CatalogCli, ShowTextHasUnitsArithmeticAndSources) {
  const CliRun run = RunCatalog({"show", "nvidia-h100-sxm5-80gb"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(Has(run.out, "tpp = max [fp8: 1978.9 TOPS x 8 bit] = 15831.2 TOPS*bit (tied: int8)")) << run.out;
  EXPECT_TRUE(Has(run.out, "pd = tpp 15831.2 TOPS*bit / 814 mm2 = ≈19.448649 TOPS*bit/mm2")) << run.out;
  EXPECT_TRUE(Has(run.out, "die_area_mm2             814 mm2")) << run.out;
  EXPECT_TRUE(Has(run.out, "memory_bandwidth_gbps    3350 GB/s")) << run.out;
  EXPECT_TRUE(Has(run.out, "package_area_mm2         -")) << run.out;
  EXPECT_TRUE(Has(run.out, "<https://developer.nvidia.com/blog/nvidia-hopper-architecture-in-depth/>"));
}

TEST(CatalogCli, ShowSystemListsWhatItContains) {
  const CliRun run = RunCatalog({"show", "nvidia-dgx-a100"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(Has(run.out, "8 × nvidia-a100-sxm4-40gb (A100 SXM4 40GB)")) << run.out;
  EXPECT_TRUE(Has(run.out, "tpp = unknown (missing: dense_tops)")) << run.out;
}

TEST(CatalogCli, ShowJsonCarriesTheInputs) {
  const CliRun run = RunCatalog({"show", "aws-trainium1", "--format", "json", "--tf32-bits", "19"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(Has(run.out, "\"tpp\": 3610,")) << run.out;
  EXPECT_TRUE(Has(run.out, "\"arithmetic\": \"max [tf32: 190 TOPS x 19 bit] = 3610\"")) << run.out;
  EXPECT_TRUE(Has(run.out, "\"tf32_bits\": 19")) << run.out;
  EXPECT_TRUE(Has(run.out, "\"die_area_mm2\": null,")) << run.out;
  EXPECT_TRUE(Has(run.out, "\"missing\": [\n        \"die_area_mm2\"\n      ]")) << run.out;
}

TEST(CatalogCli, UnknownIdExits2WithSuggestion) {
  const CliRun run = RunCatalog({"show", "nvidia-h100-sxm5"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.out, "");
  EXPECT_TRUE(Has(run.err, "unknown item `nvidia-h100-sxm5`")) << run.err;
  EXPECT_TRUE(Has(run.err, "help: did you mean `nvidia-h100-sxm5-80gb`?")) << run.err;
}

TEST(CatalogCli, BrokenLayerExits2WithLocatedDiagnostic) {
  const CliRun run = RunCatalog({"list", "--catalog", CatalogFixture("errors/negative.toml")});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.out, "");  // never a partial list
  EXPECT_TRUE(Has(run.err, CatalogFixture("errors/negative.toml") + ":6:9: error[C0109]: `tdp_w` is negative"))
      << run.err;
  EXPECT_TRUE(Has(run.err, "1 error, 0 warnings")) << run.err;
}

TEST(CatalogCli, CatalogFlagLayersOnTop) {
  const CliRun run = RunCatalog({"list", "--format", "csv", "--catalog", CatalogFixture("layers/override")});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(Has(run.out, "\r\ntest-chip,Test Chip (my design),Test,ic,1920,,,\r\n")) << run.out;
}

TEST(CatalogCli, MissingBundledCatalogExits2) {
  const CliRun run = testing::RunCli({"catalog", "list"}, CatalogFixture("no-such-home"));
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_TRUE(Has(run.err, "error[C0100]")) << run.err;
  EXPECT_TRUE(Has(run.err, "CHIPGATE_HOME")) << run.err;
}

TEST(CatalogCli, BadUsageExits2) {
  EXPECT_EQ(RunCatalog({}).exit_code, 2);
  EXPECT_EQ(RunCatalog({"lsit"}).exit_code, 2);
  EXPECT_EQ(RunCatalog({"list", "--format", "xml"}).exit_code, 2);
  EXPECT_EQ(RunCatalog({"show", "amd-mi210", "--format", "csv"}).exit_code, 2);
  EXPECT_EQ(RunCatalog({"show"}).exit_code, 2);
  EXPECT_EQ(RunCatalog({"list", "--colour"}).exit_code, 2);
  EXPECT_EQ(RunCatalog({"--help"}).exit_code, 0);
}

}  // namespace
}  // namespace chipgate
