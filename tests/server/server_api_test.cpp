// The JSON API as an order system meets it: the real `chipgate serve` binary on a free loopback
// port, every endpoint called over HTTP, every answer checked against the OpenAPI document it
// serves, and every error class (400, 404, 405, 413, 422; the body limit is server_ops_test's) answered as JSON {code, message, field}.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "server/openapi_check.hpp"
#include "server/server_test_support.hpp"
#include "support/bundled.hpp"
#include "support/run_cli.hpp"
#include "support/server_process.hpp"

namespace chipgate::testing {
namespace {

using nlohmann::json;

constexpr const char* kH100 = "nvidia-h100-sxm5-80gb";

class ServerApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new ServerProcess({});
    ASSERT_GT(server_->port(), 0) << server_->Log();
    auto c = ClientFor(server_->port());
    const auto doc = c->Get("/v1/openapi.json");
    ASSERT_TRUE(doc);
    openapi_ = new json(json::parse(doc->body));
  }
  static void TearDownTestSuite() {
    delete server_;
    delete openapi_;
  }

  std::unique_ptr<httplib::Client> client() const { return ClientFor(server_->port()); }

  // Checks a response's status and its body against the document's schema for it.
  static json Expect(const httplib::Result& r, int status, const std::string& path, const std::string& method) {
    EXPECT_TRUE(r) << method << " " << path << ": no response";
    if (!r) return {};
    EXPECT_EQ(r->status, status) << r->body;
    EXPECT_EQ(r->get_header_value("Content-Type"), "application/json");
    const json body = ParsedBody(r);
    EXPECT_FALSE(body.is_discarded()) << r->body;
    const auto problems = SchemaProblems(*openapi_, ResponseSchema(*openapi_, path, method, status), body);
    EXPECT_TRUE(problems.empty()) << method << " " << path << ": " << json(problems).dump(1);
    return body;
  }

  static json PostJson(const std::string& path, const json& body, int status) {
    return Expect(ClientFor(server_->port())->Post(path, body.dump(), "application/json"), status, path, "post");
  }

  static ServerProcess* server_;
  static json* openapi_;
};

ServerProcess* ServerApi::server_ = nullptr;
json* ServerApi::openapi_ = nullptr;

TEST_F(ServerApi, CheckAnswersExactlyWhatCheckFormatJsonPrints) {
  const json question = {{"item", kH100}, {"destination", "CN"}, {"date", "2025-02-01"}, {"end_user_hq", "CN"}};
  const auto r = client()->Post("/v1/check", question.dump(), "application/json");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  const CliRun cli = RunCli({"check", "--item", kH100, "--to", "CN", "--date", "2025-02-01", "--end-user-hq", "CN", "--format", "json"},
                            CHIPGATE_SOURCE_DIR);
  EXPECT_EQ(r->body, cli.out);
  const json d = Expect(r, 200, "/v1/check", "post");
  EXPECT_EQ(d["outcome"], "license_required");
}

TEST_F(ServerApi, CheckScreensTheNamedEndUser) {
  const json d = PostJson("/v1/check", {{"item", kH100}, {"destination", "FR"}, {"end_user", "Huawei Technologies Co., Ltd."}}, 200);
  EXPECT_TRUE(d["parties_screened"].get<bool>());
  EXPECT_FALSE(d["parties"].empty()) << d.dump(1);
}

TEST_F(ServerApi, AMisspeltKeyIsRefusedNotIgnored) {
  const json e = PostJson("/v1/check", {{"item", kH100}, {"destination", "FR"}, {"end_usr", "Huawei"}}, 400);
  EXPECT_EQ(e["code"], "S0102");
  EXPECT_EQ(e["field"], "end_usr");
}

TEST_F(ServerApi, EveryClassOfBadInputIsAJsonError) {
  EXPECT_EQ(PostJson("/v1/check", {{"item", 7}, {"destination", "FR"}}, 400)["code"], "S0103");
  EXPECT_EQ(PostJson("/v1/check", {{"destination", "FR"}}, 400)["field"], "item");
  EXPECT_EQ(PostJson("/v1/check", {{"item", kH100}, {"destination", "XX1"}}, 400)["field"], "destination");
  EXPECT_EQ(PostJson("/v1/check", {{"item", kH100}, {"destination", "FR"}, {"date", "May 1"}}, 400)["code"], "Q0103");
  EXPECT_EQ(PostJson("/v1/check", {{"item", kH100}, {"destination", "FR"}, {"end_use", "none"}}, 400)["code"], "S0103");
  const json unknown = PostJson("/v1/check", {{"item", "nvidia-h999"}, {"destination", "FR"}}, 422);
  EXPECT_EQ(unknown["code"], "Q0101");
  EXPECT_EQ(unknown["field"], "item");
  auto c = client();
  EXPECT_EQ(Expect(c->Post("/v1/check", "{\"item\":", "application/json"), 400, "/v1/check", "post")["code"], "S0101");
  EXPECT_EQ(Expect(c->Post("/v1/check", "[1,2]", "application/json"), 400, "/v1/check", "post")["code"], "S0101");
  const std::string deep = std::string(200000, '[') + std::string(200000, ']');
  EXPECT_EQ(Expect(c->Post("/v1/check", "{\"item\":" + deep + "}", "application/json"), 400, "/v1/check", "post")["code"], "S0105");
}

TEST_F(ServerApi, UnknownPathsAndResourcesAre404) {
  auto c = client();
  const auto r = c->Get("/v1/nothing");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 404);
  EXPECT_EQ(ParsedBody(r)["code"], "S0404");
  EXPECT_EQ(Expect(c->Get("/v1/catalog/nvidia-h999"), 404, "/v1/catalog/{id}", "get")["field"], "id");
  const auto report = c->Get("/v1/runs/424242/report");
  ASSERT_TRUE(report);
  EXPECT_EQ(report->status, 404);
}

// A path the server serves, asked with a method it does not take, is a 405 naming the methods it
// does (httplib alone answers 404, as if the endpoint did not exist); OPTIONS gets them as 204.
TEST_F(ServerApi, AKnownPathWithAnotherMethodIs405WithAllow) {
  auto c = client();
  const auto get_check = c->Get("/v1/check");
  ASSERT_TRUE(get_check);
  EXPECT_EQ(get_check->status, 405) << get_check->body;
  EXPECT_EQ(get_check->get_header_value("Allow"), "POST");
  EXPECT_EQ(ParsedBody(get_check)["code"], "S0405");
  const auto put_check = c->Put("/v1/check", R"({"item":"nvidia-h20","destination":"FR"})", "application/json");
  ASSERT_TRUE(put_check);
  EXPECT_EQ(put_check->status, 405) << put_check->body;
  const auto delete_item = c->Delete("/v1/catalog/nvidia-h20");
  ASSERT_TRUE(delete_item);
  EXPECT_EQ(delete_item->status, 405) << delete_item->body;
  EXPECT_EQ(delete_item->get_header_value("Allow"), "GET, HEAD");
  const auto post_catalog = c->Post("/v1/catalog", "{}", "application/json");
  ASSERT_TRUE(post_catalog);
  EXPECT_EQ(post_catalog->status, 405) << post_catalog->body;
  const auto options = c->Options("/v1/runs/7/report");
  ASSERT_TRUE(options);
  EXPECT_EQ(options->status, 204);
  EXPECT_EQ(options->get_header_value("Allow"), "GET, HEAD");
  // A path no route has stays a 404, and so does an unknown resource on a route that exists.
  const auto put_nothing = c->Put("/v1/nothing", "{}", "application/json");
  ASSERT_TRUE(put_nothing);
  EXPECT_EQ(put_nothing->status, 404);
  EXPECT_FALSE(put_nothing->has_header("Allow"));
  const auto options_nothing = c->Options("/v1/nothing");
  ASSERT_TRUE(options_nothing);
  EXPECT_EQ(options_nothing->status, 404);
  EXPECT_EQ(Expect(c->Get("/v1/catalog/nvidia-h999"), 404, "/v1/catalog/{id}", "get")["code"], "Q0101");
}

TEST_F(ServerApi, AnOrderAnswersEveryLineAndItsWorstOutcome) {
  const json order = {{"lines", json::array({{{"item", kH100}, {"destination", "FR"}, {"end_use", {"none"}}},
                                             {{"item", kH100}, {"destination", "CN"}, {"date", "2025-02-01"}},
                                             {{"item", "nvidia-h999"}, {"destination", "FR"}}})}};
  const json a = PostJson("/v1/orders", order, 200);
  EXPECT_EQ(a["outcome"], "license_required");
  EXPECT_EQ(a["lines_total"], 3);
  EXPECT_EQ(a["lines_with_errors"], 1);
  // People count lines from 1; field paths index the JSON array from 0.
  EXPECT_EQ(a["lines"][0]["line"], 1);
  EXPECT_EQ(a["lines"][2]["line"], 3);
  EXPECT_EQ(a["lines"][2]["error"]["field"], "lines[2].item");
  EXPECT_EQ(a["lines"][2]["error"]["message"].get<std::string>().rfind("line 3: ", 0), 0u) << a["lines"][2];
  const json bad = PostJson("/v1/orders", {{"lines", json::array({{{"item", kH100}, {"destination", "FR"}}, {{"item", kH100}, {"destination", "FR"}, {"x", 1}}})}}, 400);
  EXPECT_EQ(bad["field"], "lines[1].x");
  EXPECT_EQ(bad["message"].get<std::string>().rfind("line 2: ", 0), 0u) << bad;
  json many = {{"lines", json::array()}};
  for (int i = 0; i < 1001; ++i) many["lines"].push_back({{"item", kH100}, {"destination", "FR"}});
  EXPECT_EQ(PostJson("/v1/orders", many, 413)["code"], "S0106");
}

TEST_F(ServerApi, AClaimIsJudgedInChecksAndOrderLines) {
  // Text that maps to nothing authorizes nothing: where a license is required, a violation.
  const json d = PostJson("/v1/check", {{"item", kH100}, {"destination", "CN"}, {"end_user_hq", "CN"}, {"date", "2025-02-01"}, {"claim", "EAR99"}}, 200);
  EXPECT_EQ(d["claim"]["kind"], "unrecognised");
  EXPECT_EQ(d["claim"]["verdict"], "violation");
  EXPECT_TRUE(d["claim"]["license"].is_null());
  const json nlr = PostJson("/v1/check", {{"item", "nvidia-l4"}, {"destination", "FR"}, {"end_user_hq", "FR"}, {"date", "2025-06-01"}, {"end_use", {"none"}}, {"claim", "NLR"}}, 200);
  EXPECT_EQ(nlr["claim"]["verdict"], "ok") << nlr["claim"];
  EXPECT_FALSE(PostJson("/v1/check", {{"item", kH100}, {"destination", "FR"}}, 200).contains("claim")) << "no claim, no key";
  const json order = PostJson("/v1/orders", {{"lines", json::array({{{"item", kH100}, {"destination", "CN"}, {"date", "2025-02-01"}, {"claim", "TBD"}}})}}, 200);
  EXPECT_EQ(order["lines"][0]["decision"]["claim"]["verdict"], "violation");
  const json alone = PostJson("/v1/check", {{"item", kH100}, {"destination", "FR"}, {"quantity", 8}}, 400);
  EXPECT_EQ(alone["code"], "Q0107");
  EXPECT_EQ(alone["field"], "quantity");
  EXPECT_EQ(PostJson("/v1/check", {{"item", kH100}, {"destination", "FR"}, {"claim", "NLR"}, {"quantity", 0}}, 400)["code"], "Q0107");
  EXPECT_EQ(PostJson("/v1/check", {{"item", kH100}, {"destination", "FR"}, {"claim", "NLR"}, {"quantity", 1.5}}, 400)["code"], "S0103");
  EXPECT_EQ(PostJson("/v1/check", {{"item", kH100}, {"destination", "FR"}, {"claim", 7}}, 400)["field"], "claim");
}

// The server checks a claimed license against the registers it was started with, and answers
// with the bytes `check --format json --claim` prints for the same question.
TEST_F(ServerApi, AClaimedLicenseIsCheckedAgainstTheServersRegisterAsCheckDoes) {
  ServerProcess licensed({"--licenses", SourcePath("examples/licenses.csv")});
  ASSERT_GT(licensed.port(), 0) << licensed.Log();
  const char* kEndUser = "Hangzhou Qiantang Intelligent Technology Co., Ltd.";
  const json question = {{"item", "nvidia-a800-sxm4-80gb"}, {"destination", "CN"}, {"end_user_hq", "CN"}, {"date", "2025-03-01"},
                         {"end_user", kEndUser}, {"claim", "D1134598"}, {"quantity", 33}};
  const auto r = ClientFor(licensed.port())->Post("/v1/check", question.dump(), "application/json");
  ASSERT_TRUE(r);
  const json d = Expect(r, 200, "/v1/check", "post");
  EXPECT_EQ(d["claim"]["license"]["finding"], "quantity-exceeded") << d["claim"];
  EXPECT_EQ(d["claim"]["verdict"], "violation");
  const CliRun cli = RunCli({"check", "--item", "nvidia-a800-sxm4-80gb", "--to", "CN", "--end-user-hq", "CN", "--date", "2025-03-01", "--end-user",
                             kEndUser, "--claim", "D1134598", "--quantity", "33", "--licenses", SourcePath("examples/licenses.csv"), "--format", "json"},
                            CHIPGATE_SOURCE_DIR);
  EXPECT_EQ(r->body, cli.out) << cli.err;
  EXPECT_EQ(json::parse(cli.out, nullptr, false)["claim"], d["claim"]);
}

TEST_F(ServerApi, ClassifyScreenPartiesCatalogRulesAndHealth) {
  EXPECT_FALSE(PostJson("/v1/classify", {{"item", kH100}, {"date", "2025-02-01"}}, 200)["classifications"].empty());
  EXPECT_EQ(PostJson("/v1/classify", {{"item", "nvidia-h999"}}, 422)["code"], "Q0101");
  const json screen = PostJson("/v1/screen", {{"items", {kH100}}, {"destinations", {"CN", "FR"}}, {"date", "2025-02-01"}}, 200);
  EXPECT_EQ(screen["rows"].size(), 1U);
  EXPECT_EQ(PostJson("/v1/screen", {{"vendors", {"Nobody Inc"}}}, 422)["code"], "Q0201");
  EXPECT_FALSE(PostJson("/v1/parties/search", {{"name", "Huawei Technologies"}}, 200)["matches"].empty());
  EXPECT_EQ(PostJson("/v1/parties/search", {{"name", ""}}, 400)["field"], "name");
  auto c = client();
  const json catalog = Expect(c->Get("/v1/catalog"), 200, "/v1/catalog", "get");
  EXPECT_GT(catalog.size(), 10U);
  EXPECT_EQ(Expect(c->Get(std::string("/v1/catalog/") + kH100), 200, "/v1/catalog/{id}", "get")["id"], kH100);
  EXPECT_FALSE(Expect(c->Get("/v1/rules?date=2025-02-01"), 200, "/v1/rules", "get")["rules"].empty());
  EXPECT_EQ(Expect(c->Get("/v1/rules?dat=2025-02-01"), 400, "/v1/rules", "get")["field"], "dat");
  EXPECT_EQ(Expect(c->Get("/healthz"), 200, "/healthz", "get")["status"], "ok");
}

TEST_F(ServerApi, AnAuditStoresARunAndServesItsReport) {
  std::ifstream in(SourcePath("tests/data/audit/edge-cases.csv"), std::ios::binary);
  std::ostringstream csv;
  csv << in.rdbuf();
  auto c = client();
  const json run = Expect(c->Post("/v1/audit", csv.str(), "text/csv"), 201, "/v1/audit", "post");
  EXPECT_EQ(run["rows"], 6);
  const auto report = c->Get(run["report"].get<std::string>());
  ASSERT_TRUE(report);
  EXPECT_EQ(report->status, 200);
  EXPECT_NE(report->body.find("<html"), std::string::npos);
  EXPECT_EQ(Expect(c->Post("/v1/audit", "not,a\nshipment,log\n", "text/csv"), 400, "/v1/audit", "post")["field"], "input");
}

TEST_F(ServerApi, PagesWorkWithoutScriptsAndEscapeWhatTheyEcho) {
  auto c = client();
  const auto home = c->Get("/");
  ASSERT_TRUE(home);
  EXPECT_EQ(home->status, 200);
  EXPECT_NE(home->body.find(std::string("<option value=\"") + kH100 + "\">"), std::string::npos);
  EXPECT_EQ(home->body.find("<script"), std::string::npos);
  const auto memo = c->Get(std::string("/check?item=") + kH100 + "&destination=CN&date=2025-02-01&end_use=none");
  ASSERT_TRUE(memo);
  EXPECT_EQ(memo->status, 200);
  EXPECT_NE(memo->body.find("data-outcome=\"license_required\""), std::string::npos);
  EXPECT_NE(memo->body.find("@media print"), std::string::npos);
  const auto hostile = c->Get("/check?item=%3Cscript%3Ealert(1)%3C%2Fscript%3E&destination=CN");
  ASSERT_TRUE(hostile);
  EXPECT_EQ(hostile->status, 422);
  EXPECT_EQ(hostile->body.find("<script>"), std::string::npos);
  EXPECT_NE(hostile->body.find("&lt;script&gt;"), std::string::npos);
  const auto unknown = c->Get("/check?item=x&destinaton=CN");
  ASSERT_TRUE(unknown);
  EXPECT_EQ(unknown->status, 400);
  for (const char* page : {"/screen", "/parties", "/audit", "/parties?name=Huawei", "/screen?items=nvidia-h100-sxm5-80gb&destinations=CN"}) {
    const auto r = c->Get(page);
    ASSERT_TRUE(r) << page;
    EXPECT_EQ(r->status, 200) << page << r->body;
  }
}

TEST_F(ServerApi, EveryRequestIsLoggedWithMethodPathStatusAndTime) {
  ASSERT_TRUE(client()->Get("/healthz?probe=log"));
  EXPECT_TRUE(server_->WaitForLog(" GET /healthz 200 ", 5)) << server_->Log();
}

}  // namespace
}  // namespace chipgate::testing
