// What the printed pages need that can be checked without a browser (issue 13; the browser half
// is scripts/print-check.sh): the audit report prints each full explanation from a print-only
// block (a closed <details> does not print), the screen page carries print-only column chunks
// that repeat the product column and hold every destination header exactly once, and neither
// page has a script.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>

#include "support/run_cli.hpp"
#include "support/temp_dir.hpp"

namespace chipgate {
namespace {

std::size_t Count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

// The text of every <th> between `from` and `to` (exclusive), in order.
std::vector<std::string> Headers(const std::string& html, std::size_t from, std::size_t to) {
  std::vector<std::string> out;
  for (auto at = html.find("<th", from); at < to; at = html.find("<th", at + 1)) {
    if (html[at + 3] != '>' && html[at + 3] != ' ') continue;  // <thead>
    const auto open_end = html.find('>', at);
    out.push_back(html.substr(open_end + 1, html.find("</th>", open_end) - open_end - 1));
  }
  return out;
}

TEST(PrintLayout, TheScreenPagePrintsEveryColumnOnceInChunksRepeatingTheProduct) {
  const auto run = testing::RunCli({"screen", "--format", "html", "--items", "nvidia-h100-sxm5-80gb,amd-mi300x", "--date", "2025-06-01"},
                                   CHIPGATE_SOURCE_DIR);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const std::string& html = run.out;
  EXPECT_EQ(html.find("<script"), std::string::npos);
  const auto screen_head = html.find("<thead>");
  std::vector<std::string> columns = Headers(html, screen_head, html.find("</thead>", screen_head));
  ASSERT_GT(columns.size(), 200U);  // product, classification, then every ISO country
  columns.erase(columns.begin(), columns.begin() + 2);

  const auto section = html.find("<section class=\"print-only\">");
  ASSERT_NE(section, std::string::npos);
  std::map<std::string, int> printed;
  std::size_t chunks = 0;
  for (auto at = html.find("<table class=\"print\">", section); at != std::string::npos; at = html.find("<table class=\"print\">", at + 1)) {
    ++chunks;
    std::vector<std::string> heads = Headers(html, at, html.find("</thead>", at));
    ASSERT_FALSE(heads.empty());
    EXPECT_EQ(heads.front(), "product");
    EXPECT_LE(heads.size(), 2 + 22U);
    for (std::size_t i = 1; i < heads.size(); ++i) {
      if (heads[i] != "classification") ++printed[heads[i]];
    }
    const auto body = html.find("<tbody>", at);
    EXPECT_EQ(Count(html.substr(body, html.find("</tbody>", body) - body), "<tr><th>"), 2U);  // both products in each chunk
  }
  EXPECT_GT(chunks, 1U);
  ASSERT_EQ(printed.size(), columns.size());
  for (const auto& c : columns) EXPECT_EQ(printed[c], 1) << c;
  EXPECT_NE(html.find("@page{size:letter landscape"), std::string::npos);
}

TEST(PrintLayout, TheAuditReportPrintsEachFullExplanationWithoutAScript) {
  testing::TempDir dir;
  std::ofstream(dir.File("log.csv")) << "shipment_id,ship_date,item,quantity,destination,end_user,end_user_hq,claimed\n"
                                        "S-1,2025-03-01,nvidia-h100-sxm5-80gb,2,CN,Buyer,CN,NLR\n"
                                        "S-2,2025-03-01,nvidia-a100-sxm4-80gb,2,CN,Buyer,CN,NLR\n";
  const auto run = testing::RunCli({"audit", dir.File("log.csv"), "--db", dir.File("a.sqlite"), "--report", dir.File("r.html")}, CHIPGATE_SOURCE_DIR);
  ASSERT_EQ(run.exit_code, 1) << run.err;  // two violations
  std::ifstream in(dir.File("r.html"));
  std::ostringstream s;
  s << in.rdbuf();
  const std::string html = s.str();
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(Count(html, "<article class=\"finding"), 2U);
  // Each explanation on screen behind a disclosure, and the same decision in a print-only block.
  EXPECT_EQ(Count(html, "<details class=\"screen-only\">"), 2U);
  EXPECT_EQ(Count(html, "<div class=\"print-only\">"), 2U);
  EXPECT_NE(html.find(".print-only { display: none; }"), std::string::npos);
  EXPECT_NE(html.find(".screen-only { display: none; } .print-only { display: block; }"), std::string::npos);
  const auto block = html.find("<div class=\"print-only\">");
  EXPECT_NE(html.find("<ul class=\"tree\">", block), std::string::npos);
}

}  // namespace
}  // namespace chipgate
