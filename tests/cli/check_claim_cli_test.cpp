// `chipgate check --claim TEXT [--quantity N] [--licenses PATH]...` (issue 13): the claim of one
// shipment judged as the audit judges a row, through the real binary. Every register failure,
// the quantity without depletion history, claims that authorize nothing, and the claim in the
// memo and in the JSON.
#include <gtest/gtest.h>

#include <fstream>

#include "support/run_cli.hpp"
#include "support/temp_dir.hpp"

namespace chipgate {
namespace {

using testing::CliRun;

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

class CheckClaimCli : public ::testing::Test {
 protected:
  void SetUp() override {
    std::ofstream(dir_.File("licenses.csv")) << "license_number,items,destinations,end_user,quantity,valid_from,valid_to\n"
                                                "D1134598,nvidia-a800-sxm4-80gb,CN,\"Hangzhou Test Co., Ltd.\",32,2024-02-02,2025-04-02\n";
  }

  // A800 to a Chinese end user in China: a license is required on every date used here.
  CliRun Check(const std::string& claim, const std::string& date, std::vector<std::string> more = {}) {
    std::vector<std::string> args = {"check", "--item", "nvidia-a800-sxm4-80gb", "--to", "CN", "--end-user-hq", "CN", "--date", date,
                                     "--end-user", "Hangzhou Test Co Ltd", "--claim", claim, "--licenses", dir_.File("licenses.csv")};
    args.insert(args.end(), more.begin(), more.end());
    return testing::RunCli(args, CHIPGATE_SOURCE_DIR);
  }

  testing::TempDir dir_;
};

TEST_F(CheckClaimCli, ACoveringLicenseIsOkAndSaysQuantityHasNoHistory) {
  const CliRun run = Check("d1134598", "2025-03-01", {"--quantity", "32"});
  EXPECT_EQ(run.exit_code, 0) << run.out << run.err;
  EXPECT_TRUE(Has(run.out, "CLAIM\n  claimed: d1134598 (license)\n  verdict: ok\n")) << run.out;
  EXPECT_TRUE(Has(run.out, "license register: covered (")) << run.out;
  EXPECT_TRUE(Has(run.out, "check has no depletion history")) << run.out;
}

TEST_F(CheckClaimCli, EachRegisterFailureIsAViolationWithItsReason) {
  struct Case {
    std::string claim, date;
    std::vector<std::string> more;
    const char* finding;
    const char* words;
  };
  const Case cases[] = {
      {"D9999999", "2025-03-01", {}, "unknown-number", "the license number claimed is not in the license register"},
      {"D1134598", "2024-02-01", {}, "not-yet-valid", "not yet valid on the ship date"},
      {"D1134598", "2025-04-03", {}, "expired", "had expired by the ship date"},
      {"D1134598", "2025-03-01", {"--end-user", "Another Buyer Ltd"}, "end-user-different", "names another end user"},
      {"D1134598", "2025-03-01", {"--quantity", "33"}, "quantity-exceeded", "the quantity shipped (33) exceeds the 32 units"},
  };
  for (const Case& c : cases) {
    const CliRun run = Check(c.claim, c.date, c.more);
    EXPECT_EQ(run.exit_code, 1) << c.finding << "\n" << run.out << run.err;
    EXPECT_TRUE(Has(run.out, "  verdict: violation\n")) << c.finding << "\n" << run.out;
    EXPECT_TRUE(Has(run.out, "does not authorize this shipment: ")) << run.out;
    EXPECT_TRUE(Has(run.out, c.words)) << c.finding << "\n" << run.out;
    EXPECT_TRUE(Has(run.out, std::string("license register: ") + c.finding)) << run.out;
  }
  // The same license for another item and another destination.
  const CliRun item = testing::RunCli({"check", "--item", "nvidia-h100-sxm5-80gb", "--to", "CN", "--end-user-hq", "CN", "--date", "2025-03-01",
                                       "--end-user", "Hangzhou Test Co Ltd", "--claim", "D1134598", "--licenses", dir_.File("licenses.csv")},
                                      CHIPGATE_SOURCE_DIR);
  EXPECT_TRUE(Has(item.out, "license register: item-not-covered")) << item.out;
  const CliRun where = testing::RunCli({"check", "--item", "nvidia-a800-sxm4-80gb", "--to", "MO", "--end-user-hq", "MO", "--date", "2025-03-01",
                                        "--end-user", "Hangzhou Test Co Ltd", "--claim", "D1134598", "--licenses", dir_.File("licenses.csv")},
                                       CHIPGATE_SOURCE_DIR);
  EXPECT_TRUE(Has(where.out, "license register: destination-not-covered")) << where.out;
}

TEST_F(CheckClaimCli, TextThatIsNoClaimAuthorizesNothing) {
  for (const char* claim : {"EAR99", "TBD", "pending", "?", "0", "3A090.a", "NO LICENSE REQUIRED"}) {
    const CliRun run = Check(claim, "2025-03-01");
    EXPECT_EQ(run.exit_code, 1) << claim;
    EXPECT_TRUE(Has(run.out, "(unrecognised)\n  verdict: violation\n")) << claim << "\n" << run.out;
    EXPECT_TRUE(Has(run.out, "so it authorizes nothing")) << run.out;
  }
  const CliRun nlr = Check("NLR", "2025-03-01");
  EXPECT_EQ(nlr.exit_code, 1);
  EXPECT_TRUE(Has(nlr.out, "(nlr)\n  verdict: violation\n")) << nlr.out;
  // Where no license is required an unrecognised claim is a warning, not an authorization.
  const CliRun free = testing::RunCli({"check", "--item", "nvidia-h20", "--to", "MY", "--end-user-hq", "MY", "--date", "2025-06-01", "--claim", "EAR99"},
                                      CHIPGATE_SOURCE_DIR);
  EXPECT_EQ(free.exit_code, 0) << free.out;
  EXPECT_TRUE(Has(free.out, "verdict: ok\n  - no license was required; warning: the claim is not NLR")) << free.out;
}

TEST_F(CheckClaimCli, ALicenseNumberWithoutARegisterIsNotVerifiedAndSaysSo) {
  const CliRun run = testing::RunCli({"check", "--item", "nvidia-a800-sxm4-80gb", "--to", "CN", "--end-user-hq", "CN", "--date", "2025-03-01",
                                      "--claim", "D1134598"},
                                     CHIPGATE_SOURCE_DIR);
  EXPECT_TRUE(Has(run.out, "note: license number not verified: no license register given")) << run.out;
}

TEST_F(CheckClaimCli, WithoutAnEndUserTheLicenseIsNotCoveredAndTheNoteSaysWhy) {
  const CliRun run = testing::RunCli({"check", "--item", "nvidia-a800-sxm4-80gb", "--to", "CN", "--end-user-hq", "CN", "--date", "2025-03-01",
                                      "--claim", "D1134598", "--licenses", dir_.File("licenses.csv")},
                                     CHIPGATE_SOURCE_DIR);
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_TRUE(Has(run.out, "license register: end-user-different")) << run.out;
  EXPECT_TRUE(Has(run.out, "note: no end user given (--end-user)")) << run.out;
}

TEST_F(CheckClaimCli, JsonCarriesTheClaimAfterTheDecisionsKeys) {
  const CliRun run = Check("D1134598", "2025-04-03", {"--format", "json"});
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_TRUE(Has(run.out, "\"outcome\": \"license_required\"")) << run.out;
  EXPECT_TRUE(Has(run.out, "\n  \"claim\": {\n    \"claimed\": \"D1134598\",\n    \"kind\": \"license\",\n    \"verdict\": \"violation\",")) << run.out;
  EXPECT_TRUE(Has(run.out, "\"finding\": \"expired\",\n      \"covered\": false,")) << run.out;
  EXPECT_EQ(run.out.substr(run.out.size() - 6), "  }\n}\n");
}

TEST_F(CheckClaimCli, BadQuantityRegisterOrMissingClaimIsAUsageError) {
  EXPECT_EQ(Check("D1134598", "2025-03-01", {"--quantity", "1,200"}).exit_code, 2);
  EXPECT_EQ(Check("D1134598", "2025-03-01", {"--quantity", "0"}).exit_code, 2);
  std::ofstream(dir_.File("bad.csv")) << "license_number,items\nD1,nope\n";
  const CliRun bad = Check("D1134598", "2025-03-01", {"--licenses", dir_.File("bad.csv")});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_TRUE(Has(bad.err, "bad.csv:")) << bad.err;
  const CliRun no_claim = testing::RunCli({"check", "--item", "nvidia-a800-sxm4-80gb", "--to", "CN", "--licenses", dir_.File("licenses.csv")}, CHIPGATE_SOURCE_DIR);
  EXPECT_EQ(no_claim.exit_code, 2);
  EXPECT_TRUE(Has(no_claim.err, "need --claim")) << no_claim.err;
}

}  // namespace
}  // namespace chipgate
