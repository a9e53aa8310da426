// The check page's claim, as a browser submits the form: a GET URL with `claim` and `quantity`
// (blank when the officer leaves them empty). The answer page shows the claim's judgement, the
// "Ask again" form keeps both fields, and their mistakes are error pages that name the field,
// with the engine's codes (Q0107) as the JSON API gives them.
#include <gtest/gtest.h>

#include <string>

#include "server/server_test_support.hpp"
#include "support/bundled.hpp"
#include "support/server_process.hpp"

namespace chipgate::testing {
namespace {

// A licensed shipment from examples/licenses.csv: D1134598 covers 32 units, so 33 exceed it.
constexpr const char* kLicensedCheck =
    "/check?item=nvidia-a800-sxm4-80gb&destination=CN&end_user=Hangzhou+Qiantang+Intelligent+Technology+Co.%2C+Ltd."
    "&end_user_hq=CN&exporter_hq=&date=2025-03-01";

class ServerPages : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new ServerProcess({"--licenses", SourcePath("examples/licenses.csv")});
    ASSERT_GT(server_->port(), 0) << server_->Log();
  }
  static void TearDownTestSuite() { delete server_; }

  // The page at `url`, which must answer `status`.
  static std::string PageAt(const std::string& url, int status) {
    const auto r = ClientFor(server_->port())->Get(url);
    EXPECT_TRUE(r) << url;
    if (!r) return {};
    EXPECT_EQ(r->status, status) << url << "\n" << r->body;
    EXPECT_EQ(r->body.find("<script"), std::string::npos) << url;
    return r->body;
  }

  static ServerProcess* server_;
};

ServerProcess* ServerPages::server_ = nullptr;

bool Has(const std::string& page, const std::string& text) { return page.find(text) != std::string::npos; }

TEST_F(ServerPages, TheCheckFormAsksForAClaimAndAQuantity) {
  const std::string home = PageAt("/", 200);
  EXPECT_TRUE(Has(home, R"(<label for="claim">Claimed authorization</label>)")) << home;
  EXPECT_TRUE(Has(home, R"(<input type="text" id="claim" name="claim" value="">)"));
  EXPECT_TRUE(Has(home, R"(<input type="number" id="quantity" name="quantity" value="" min="1" step="1">)"));
}

TEST_F(ServerPages, AClaimedLicenseIsJudgedOnTheAnswerPageAndKeptInTheForm) {
  const std::string memo = PageAt(std::string(kLicensedCheck) + "&claim=D1134598&quantity=33", 200);
  EXPECT_TRUE(Has(memo, "<h2>Claim, reasons, margins and citations</h2>")) << memo;
  EXPECT_TRUE(Has(memo, R"(<div class="claim verdict-violation" data-verdict="violation"><p><code>D1134598</code> (license))")) << memo;
  EXPECT_TRUE(Has(memo, "License register: <strong>quantity-exceeded</strong>")) << memo;
  EXPECT_TRUE(Has(memo, "\nCLAIM\n  claimed: D1134598 (license)\n  verdict: violation\n")) << "the file note has it too";
  EXPECT_TRUE(Has(memo, R"(name="claim" value="D1134598")"));
  EXPECT_TRUE(Has(memo, R"(name="quantity" value="33")"));
  const std::string within = PageAt(std::string(kLicensedCheck) + "&claim=D1134598&quantity=32", 200);
  EXPECT_TRUE(Has(within, R"(data-verdict="ok")")) << within;
}

TEST_F(ServerPages, BlankClaimAndQuantityJudgeNothing) {
  const std::string memo = PageAt(std::string(kLicensedCheck) + "&claim=&quantity=", 200);
  EXPECT_TRUE(Has(memo, "<h2>Reasons, margins and citations</h2>"));
  EXPECT_FALSE(Has(memo, R"(class="claim)"));
  EXPECT_FALSE(Has(memo, "\nCLAIM\n"));
}

TEST_F(ServerPages, ClaimMistakesAreErrorPagesNamingTheField) {
  const std::string alone = PageAt(std::string(kLicensedCheck) + "&quantity=8", 400);
  EXPECT_TRUE(Has(alone, "give the claim too (<code>quantity</code>)")) << alone;
  EXPECT_TRUE(Has(alone, R"(name="quantity" value="8")")) << "the form keeps what was asked";
  const std::string zero = PageAt(std::string(kLicensedCheck) + "&claim=NLR&quantity=0", 400);
  EXPECT_TRUE(Has(zero, "above 0, not 0 (<code>quantity</code>)")) << zero;
  const std::string words = PageAt(std::string(kLicensedCheck) + "&claim=NLR&quantity=%3Cb%3Eten", 400);
  EXPECT_TRUE(Has(words, "`quantity` must be a whole number, not `&lt;b&gt;ten`")) << words;
  EXPECT_FALSE(Has(words, "<b>ten"));
}

}  // namespace
}  // namespace chipgate::testing
