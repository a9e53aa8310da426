// docs/api.md runs: every `http` block of the page is sent to a real `chipgate serve` (bundled
// rules, catalog and sample party list), and the answer must have the status of the `json`
// block after it and contain each of its keys with the same value (objects may have more keys;
// arrays and scalars must be equal). A page whose examples drift from the server fails here.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "server/server_test_support.hpp"
#include "support/bundled.hpp"
#include "support/server_process.hpp"

namespace chipgate::testing {
namespace {

using nlohmann::json;

struct DocExample {
  int line = 0;  // of the `http` block in docs/api.md
  std::string method;
  std::string path;
  std::string body;
  int status = 0;
  json expected;
};

// The fenced blocks in order, each with its info string and its first line number.
struct Block {
  std::string info;
  int line = 0;
  std::vector<std::string> lines;
};

std::vector<Block> FencedBlocks(std::istream& in) {
  std::vector<Block> out;
  std::string text;
  int number = 0;
  Block* open = nullptr;
  while (std::getline(in, text)) {
    ++number;
    if (text.rfind("```", 0) == 0) {
      if (open != nullptr) {
        open = nullptr;
      } else {
        out.push_back({text.substr(3), number, {}});
        open = &out.back();
      }
      continue;
    }
    if (open != nullptr) open->lines.push_back(text);
  }
  return out;
}

std::vector<DocExample> Examples() {
  std::ifstream in(SourcePath("docs/api.md"));
  const std::vector<Block> blocks = FencedBlocks(in);
  std::vector<DocExample> out;
  for (std::size_t i = 0; i + 1 < blocks.size(); ++i) {
    if (blocks[i].info != "http") continue;
    const Block& request = blocks[i];
    const Block& response = blocks[i + 1];
    DocExample e;
    e.line = request.line;
    std::istringstream first(request.lines.empty() ? std::string() : request.lines[0]);
    first >> e.method >> e.path;
    for (std::size_t l = 1; l < request.lines.size(); ++l) e.body += request.lines[l] + "\n";
    if (response.info == "json" && !response.lines.empty() && response.lines[0].rfind("HTTP ", 0) == 0) {
      e.status = std::stoi(response.lines[0].substr(5));
      std::string expected;
      for (std::size_t l = 1; l < response.lines.size(); ++l) expected += response.lines[l] + "\n";
      e.expected = json::parse(expected, nullptr, false);
    }
    out.push_back(std::move(e));
  }
  return out;
}

// Where `expected` is not contained in `actual`, as a path; empty when it is.
std::string Mismatch(const json& expected, const json& actual, const std::string& at) {
  if (expected.is_object()) {
    if (!actual.is_object()) return at + " is not an object";
    for (const auto& [key, value] : expected.items()) {
      if (!actual.contains(key)) return at + "." + key + " is missing";
      if (std::string m = Mismatch(value, actual[key], at + "." + key); !m.empty()) return m;
    }
    return {};
  }
  return expected == actual ? std::string() : at + ": expected " + expected.dump() + ", got " + actual.dump();
}

TEST(ApiDoc, EveryExampleOnThePageGivesItsDocumentedAnswer) {
  const std::vector<DocExample> examples = Examples();
  ASSERT_GE(examples.size(), 12u) << "docs/api.md lost its examples";
  ServerProcess server({});
  ASSERT_GT(server.port(), 0) << server.Log();
  auto client = ClientFor(server.port());
  for (const DocExample& e : examples) {
    const std::string where = "docs/api.md:" + std::to_string(e.line) + " " + e.method + " " + e.path;
    ASSERT_NE(e.status, 0) << where << ": no `json` block starting with `HTTP <status>` after it";
    ASSERT_FALSE(e.expected.is_discarded()) << where << ": the documented answer is not JSON";
    const httplib::Result r = e.method == "GET" ? client->Get(e.path) : client->Post(e.path, e.body, "application/json");
    ASSERT_TRUE(r) << where << ": no response";
    EXPECT_EQ(r->status, e.status) << where << "\n" << r->body;
    const json body = ParsedBody(r);
    EXPECT_EQ(Mismatch(e.expected, body, "$"), "") << where;
  }
}

}  // namespace
}  // namespace chipgate::testing
