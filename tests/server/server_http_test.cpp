// HTTP framing on the real server's own connection loop (guarded_server.cpp, deadline_stream.cpp):
// requests a client sends back to back in one write are each answered, in order (the bytes of
// the second must survive the first request's stream); a client that sends `Expect:
// 100-continue` gets the interim answer before it sends its body, although answers are
// buffered and sent whole.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "server/raw_connection.hpp"
#include "support/server_process.hpp"

namespace chipgate::testing {
namespace {

const std::string kCheckBody = R"({"item":"nvidia-h20","destination":"MY","date":"2025-03-01"})";

// The head of a POST /v1/check whose body is kCheckBody, with `headers` ("Name: value\r\n"...).
std::string CheckHead(const std::string& headers) {
  return "POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" + headers +
         "Content-Length: " + std::to_string(kCheckBody.size()) + "\r\n\r\n";
}

TEST(ServerHttp, PipelinedRequestsAreEachAnsweredInOrder) {
  ServerProcess server({});
  ASSERT_GT(server.port(), 0) << server.Log();
  RawConnection c(server.port());
  ASSERT_TRUE(c.connected());
  ASSERT_TRUE(c.Send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n" + CheckHead("") + kCheckBody +
                     "GET /v1/catalog/nvidia-h20 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
  bool closed = false;
  const std::string answers = c.ReadUntilClosed(20, closed);
  EXPECT_TRUE(closed) << "the last request asked to close";
  EXPECT_EQ(Count(answers, "HTTP/1.1 200 OK"), 3u) << answers;
  const std::size_t health = answers.find("\"status\":\"ok\"");
  const std::size_t decision = answers.find("\"outcome\": ");
  const std::size_t item = answers.rfind("\"id\": \"nvidia-h20\"");
  ASSERT_NE(health, std::string::npos) << answers;
  ASSERT_NE(decision, std::string::npos) << answers;
  ASSERT_NE(item, std::string::npos) << answers;
  EXPECT_LT(health, decision);
  EXPECT_LT(decision, item);
}

// A POST with neither Content-Length nor Transfer-Encoding has an empty body (RFC 9112, 6.3): it
// is answered at once, as a body that is not JSON, and the connection goes on. httplib alone
// waited for the client to close, then answered 400 "malformed HTTP" five seconds later.
TEST(ServerHttp, ABodyMethodWithoutALengthIsAnsweredAtOnceAsAnEmptyBody) {
  ServerProcess server({});
  ASSERT_GT(server.port(), 0) << server.Log();
  for (const std::string path : {"/v1/check", "/v1/orders"}) {  // on a loop, and on a worker
    RawConnection c(server.port());
    ASSERT_TRUE(c.connected());
    ASSERT_TRUE(c.Send("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n\r\n"
                       "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
    const auto start = std::chrono::steady_clock::now();
    bool closed = false;
    const std::string answers = c.ReadUntilClosed(20, closed);
    EXPECT_TRUE(closed) << path;
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(3)) << path << ": answered without waiting for a body";
    EXPECT_EQ(answers.rfind("HTTP/1.1 400 Bad Request\r\n", 0), 0u) << answers;
    EXPECT_NE(answers.find("\"code\":\"S0101\""), std::string::npos) << answers;
    EXPECT_NE(answers.find("HTTP/1.1 200 OK"), std::string::npos) << path << ": the connection went on\n" << answers;
  }
}

TEST(ServerHttp, ExpectContinueIsAnsweredBeforeTheBodyIsSent) {
  ServerProcess server({});
  ASSERT_GT(server.port(), 0) << server.Log();
  RawConnection c(server.port());
  ASSERT_TRUE(c.connected());
  ASSERT_TRUE(c.Send(CheckHead("Expect: 100-continue\r\nConnection: close\r\n")));
  const std::string interim = c.ReadUntilContains("\r\n\r\n", 5);
  EXPECT_EQ(interim.rfind("HTTP/1.1 100 Continue\r\n", 0), 0u) << "the interim answer, before the body: [" << interim << "]";
  ASSERT_TRUE(c.Send(kCheckBody));
  bool closed = false;
  const std::string answer = c.ReadUntilClosed(20, closed);
  EXPECT_TRUE(closed);
  EXPECT_NE(answer.find("HTTP/1.1 200 OK"), std::string::npos) << answer;
  EXPECT_NE(answer.find("\"outcome\": "), std::string::npos) << answer;
}

}  // namespace
}  // namespace chipgate::testing
