// The limits that keep one client from disturbing the others (docs/server.md, Limits), on the
// real server: connections over --max-connections get a 503 at once while a client inside the
// cap is still served; a client that sends its request a byte at a time (slowloris) is cut off
// at --read-deadline, freeing its thread; an audit over --request-timeout is a 504.
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "api_error.hpp"
#include "server/raw_connection.hpp"
#include "server/server_test_support.hpp"
#include "support/server_process.hpp"

namespace chipgate::testing {
namespace {

using Clock = std::chrono::steady_clock;

TEST(ServerLimits, ConnectionsOverTheCapAreRefusedAtOnceWhileOthersAreServed) {
  constexpr int kCap = 6;
  ServerProcess server({"--max-connections", std::to_string(kCap), "--threads", std::to_string(kCap)});
  ASSERT_GT(server.port(), 0) << server.Log();
  // A client inside the cap, on a keep-alive connection it keeps.
  httplib::Client client("127.0.0.1", server.port());
  client.set_keep_alive(true);
  const auto first = client.Get("/healthz");
  ASSERT_TRUE(first);
  ASSERT_EQ(first->status, 200);
  // The rest of the cap, held by connections that have begun a request and stopped.
  std::vector<std::unique_ptr<RawConnection>> holders;
  for (int i = 1; i < kCap; ++i) {
    holders.push_back(std::make_unique<RawConnection>(server.port()));
    ASSERT_TRUE(holders.back()->connected());
    ASSERT_TRUE(holders.back()->Send("GET /healthz HTTP/1.1\r\n"));
  }
  for (int i = 0; i < 4; ++i) {
    RawConnection extra(server.port());
    ASSERT_TRUE(extra.connected());
    const auto start = Clock::now();
    bool closed = false;
    const std::string answer = extra.ReadUntilClosed(5, closed);
    EXPECT_TRUE(closed) << "an extra connection must be closed, not kept waiting";
    EXPECT_LT(Clock::now() - start, std::chrono::seconds(3)) << "refused at once";
    EXPECT_EQ(answer.rfind("HTTP/1.1 503", 0), 0u) << answer;
    EXPECT_NE(answer.find("\"code\":\"S0503\""), std::string::npos) << answer;
  }
  const auto still = client.Get("/healthz");
  ASSERT_TRUE(still) << "the client inside the cap is still served";
  EXPECT_EQ(still->status, 200);
  // Once the holders leave, their places are free again.
  holders.clear();
  int status = 0;
  for (int attempt = 0; attempt < 50 && status != 200; ++attempt) {
    const auto r = ClientFor(server.port())->Get("/healthz");
    status = r ? r->status : 0;
    if (status != 200) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  EXPECT_EQ(status, 200) << server.Log();
  EXPECT_NE(server.Log().find("503 - (over --max-connections 6)"), std::string::npos) << server.Log();
}

// Sends a request a byte every 200 ms (well inside the 5 s wait for the next byte) until the
// server closes the connection; the seconds that took, or -1 when it never did.
double SlowlorisSeconds(int port, double give_up_s) {
  RawConnection slow(port);
  if (!slow.connected()) return -1;
  const std::string request = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " + std::string(400, 'a') + "\r\n\r\n";
  const auto start = Clock::now();
  for (std::size_t i = 0; i < request.size(); ++i) {
    const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    if (elapsed > give_up_s) return -1;
    if (slow.ClosedByServer() || !slow.Send(request.substr(i, 1))) return elapsed;
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
  }
  return -1;  // the whole request went through: it was never cut off
}

TEST(ServerLimits, ASlowClientIsCutOffAtTheReadDeadlineAndFreesItsThread) {
  // Two threads, both taken by slow clients: the normal client is answered only once the
  // deadline has freed one.
  ServerProcess server({"--threads", "2", "--read-deadline", "2"});
  ASSERT_GT(server.port(), 0) << server.Log();
  double cut_after[2] = {-1, -1};
  std::thread slow1([&] { cut_after[0] = SlowlorisSeconds(server.port(), 40); });
  std::thread slow2([&] { cut_after[1] = SlowlorisSeconds(server.port(), 40); });
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  const auto r = ClientFor(server.port())->Get("/healthz");
  slow1.join();
  slow2.join();
  ASSERT_TRUE(r) << server.Log();
  EXPECT_EQ(r->status, 200);
  for (const double s : cut_after) {
    EXPECT_GE(s, 1.5) << "cut off before its deadline";
    EXPECT_LT(s, 30) << "never cut off (-1), or far too late";
  }
}

// An audit past its deadline is the engine's Q0206 (tests/unit/engine_limits_test.cpp: rolled
// back, nothing stored); a real audit is too fast to time out on purpose, so the status it
// gets is checked here, by code.
TEST(ServerLimits, AnAuditOverTheRequestTimeoutIs504) {
  Diagnostic late = Error("Q0206", "the run was still reading row 7 at its time limit");
  late.field = "deadline";
  const server::ApiError e = server::FromDiagnostics({late});
  EXPECT_EQ(e.status, 504);
  EXPECT_EQ(e.code, "Q0206");
  EXPECT_EQ(e.field, "deadline");
}

}  // namespace
}  // namespace chipgate::testing
