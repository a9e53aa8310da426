// Operating the server as an administrator does: the bearer token, the loopback rule, the body
// limit, SIGHUP with a broken and then a good rule tree (a broken one keeps the old snapshot),
// and SIGTERM while a request is in flight (it is answered, then the process exits 0).
#include <gtest/gtest.h>

#include <signal.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "server/server_test_support.hpp"
#include "support/bundled.hpp"
#include "support/server_process.hpp"
#include "support/temp_dir.hpp"

namespace chipgate::testing {
namespace {

using nlohmann::json;

const std::string kQuestion = R"({"item":"nvidia-h100-sxm5-80gb","destination":"CN","date":"2025-02-01"})";

TEST(ServerOps, TheTokenGuardsEverythingButHealth) {
  TempDir dir;
  const std::string token = "s3cret-token-of-enough-length";
  std::ofstream(dir.File("token")) << token << "\n";
  ServerProcess server({"--token-file", dir.File("token")});
  ASSERT_GT(server.port(), 0) << server.Log();
  auto c = ClientFor(server.port());
  const auto none = c->Post("/v1/check", kQuestion, "application/json");
  ASSERT_TRUE(none);
  EXPECT_EQ(none->status, 401);
  EXPECT_EQ(ParsedBody(none)["code"], "S0401");
  const auto wrong = c->Post("/v1/check", {{"Authorization", "Bearer " + token + "x"}}, kQuestion, "application/json");
  ASSERT_TRUE(wrong);
  EXPECT_EQ(wrong->status, 401);
  const auto right = c->Post("/v1/check", {{"Authorization", "Bearer " + token}}, kQuestion, "application/json");
  ASSERT_TRUE(right);
  EXPECT_EQ(right->status, 200);
  const auto health = c->Get("/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
}

TEST(ServerOps, AnotherAddressNeedsATokenOrInsecure) {
  ServerProcess server({"--listen", "0.0.0.0:0"});
  EXPECT_EQ(server.port(), 0);
  EXPECT_EQ(server.Wait(10), 2);
  EXPECT_NE(server.Log().find("--token-file"), std::string::npos) << server.Log();
}

TEST(ServerOps, ABodyOverTheLimitIs413) {
  ServerProcess server({"--max-body-bytes", "1000"});
  ASSERT_GT(server.port(), 0) << server.Log();
  auto c = ClientFor(server.port());
  const auto big = c->Post("/v1/check", std::string(2000, ' '), "application/json");
  ASSERT_TRUE(big);
  EXPECT_EQ(big->status, 413);
  EXPECT_EQ(ParsedBody(big)["code"], "S0413");
  const auto small = c->Post("/v1/check", kQuestion, "application/json");
  ASSERT_TRUE(small);
  EXPECT_EQ(small->status, 200);
}

// The audit page's upload, a multipart form: its log part is audited and the page links the
// report; a form over the body limit is an error page (the form's own answer), not JSON.
TEST(ServerOps, TheAuditPageTakesAnUploadAndRefusesOneOverTheLimit) {
  std::ifstream in(SourcePath("tests/data/audit/edge-cases.csv"), std::ios::binary);
  std::ostringstream csv;
  csv << in.rdbuf();
  ASSERT_FALSE(csv.str().empty());
  ServerProcess server({"--max-body-bytes", std::to_string(csv.str().size() + 4096)});
  ASSERT_GT(server.port(), 0) << server.Log();
  auto c = ClientFor(server.port());
  const auto stored = c->Post("/audit", httplib::MultipartFormDataItems{{"log", csv.str(), "edge-cases.csv", "text/csv"}});
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->status, 201) << stored->body;
  EXPECT_NE(stored->body.find("<th>rows</th><td>6</td>"), std::string::npos) << stored->body;
  EXPECT_NE(stored->body.find("id=\"report\" href=\"/v1/runs/"), std::string::npos) << stored->body;
  const auto empty = c->Post("/audit", httplib::MultipartFormDataItems{{"note", "no log here", "", ""}});
  ASSERT_TRUE(empty);
  EXPECT_EQ(empty->status, 400);
  const auto big = c->Post("/audit", httplib::MultipartFormDataItems{{"log", std::string(csv.str().size() + 8192, 'x'), "big.csv", "text/csv"}});
  ASSERT_TRUE(big);
  EXPECT_EQ(big->status, 413);
  EXPECT_NE(big->get_header_value("Content-Type").find("text/html"), std::string::npos);
  EXPECT_NE(big->body.find("larger than this server accepts"), std::string::npos) << big->body;
}

std::string RulesHash(int port) {
  const auto r = ClientFor(port)->Get("/healthz");
  return r ? ParsedBody(r)["rules_hash"].get<std::string>() : std::string();
}

TEST(ServerOps, SighupReloadsAndABrokenTreeKeepsTheOldSnapshot) {
  TempDir dir;
  const auto rules = dir.path() / "rules";
  std::filesystem::copy(SourcePath("rules"), rules, std::filesystem::copy_options::recursive);
  const auto file = rules / "us-ear" / "letters-2025.rules";
  ASSERT_TRUE(std::filesystem::exists(file));
  ServerProcess server({"--rules", rules.string()});
  ASSERT_GT(server.port(), 0) << server.Log();
  const std::string before = RulesHash(server.port());

  std::ofstream(file, std::ios::app) << "\nrule broken {{{ this is not the rule language\n";
  server.Signal(SIGHUP);
  ASSERT_TRUE(server.WaitForLog("reload failed", 30)) << server.Log();
  EXPECT_NE(server.Log().find("letters-2025.rules"), std::string::npos) << "the log says why";
  EXPECT_EQ(RulesHash(server.port()), before);
  const auto still = ClientFor(server.port())->Post("/v1/check", kQuestion, "application/json");
  ASSERT_TRUE(still);
  EXPECT_EQ(still->status, 200);

  std::filesystem::copy_file(SourcePath("rules/us-ear/letters-2025.rules"), file, std::filesystem::copy_options::overwrite_existing);
  std::ofstream(file, std::ios::app) << "\n# edited while serving\n";
  server.Signal(SIGHUP);
  ASSERT_TRUE(server.WaitForLog("reloaded (reload 1)", 30)) << server.Log();
  EXPECT_NE(RulesHash(server.port()), before);
}

TEST(ServerOps, SigtermAnswersTheRequestInFlightThenExitsZero) {
  std::string csv = "shipment_id,ship_date,item,quantity,destination,end_user,end_user_hq\n";
  for (int i = 0; i < 40000; ++i) csv += "S" + std::to_string(i) + ",2025-02-01,nvidia-h100-sxm5-80gb,8,CN,Acme,CN\n";
  ServerProcess server({});
  ASSERT_GT(server.port(), 0) << server.Log();
  int status = 0;
  std::thread request([&] {
    const auto r = ClientFor(server.port())->Post("/v1/audit", csv, "text/csv");
    status = r ? r->status : -1;
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));  // the upload is read, the run under way
  server.Signal(SIGTERM);
  request.join();
  EXPECT_EQ(status, 201) << server.Log();
  EXPECT_EQ(server.Wait(30), 0) << server.Log();
  EXPECT_NE(server.Log().find("stopped"), std::string::npos);
}

}  // namespace
}  // namespace chipgate::testing
