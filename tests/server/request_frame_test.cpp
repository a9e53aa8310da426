// The event loop's request framing (server/request_frame.hpp) on the requests it must tell
// apart: a request is complete only once every byte httplib reads for it is in, a body counts
// only for the methods httplib reads one for, and what httplib would read from the socket
// itself (a chunked body, no length, a client waiting for 100 Continue, a large body) goes to a
// worker. tests/fuzz/fuzz_server.cpp holds the framing to httplib on arbitrary bytes.
#include <gtest/gtest.h>

#include <string>

#include "request_frame.hpp"

namespace chipgate::server {
namespace {

using Kind = RequestFrame::Kind;

constexpr FrameLimits kLimits{1024, 100, 50};

RequestFrame Frame(const std::string& bytes) { return FrameRequest(bytes, kLimits); }

TEST(RequestFrame, AHeadIsCompleteAtItsBlankLineAndNotBefore) {
  const std::string get = "GET /healthz?x=1 HTTP/1.1\r\nHost: a\r\n\r\n";
  for (std::size_t n = 0; n < get.size(); ++n) EXPECT_EQ(Frame(get.substr(0, n)).kind, Kind::kIncomplete) << n;
  const std::string pipelined = get + "GET / HTTP/1.1\r\n";
  const RequestFrame f = Frame(pipelined);  // its method and path point into `pipelined`
  EXPECT_EQ(f.kind, Kind::kComplete);
  EXPECT_EQ(f.size, get.size());
  EXPECT_EQ(f.method, "GET");
  EXPECT_EQ(f.path, "/healthz");
}

TEST(RequestFrame, ABodyIsWaitedForByItsContentLength) {
  const std::string head = "POST /v1/check HTTP/1.1\r\ncontent-length:  10 \r\n\r\n";
  EXPECT_EQ(Frame(head).kind, Kind::kIncomplete);
  EXPECT_EQ(Frame(head + "012345678").kind, Kind::kIncomplete);
  const RequestFrame f = Frame(head + "0123456789GET");
  EXPECT_EQ(f.kind, Kind::kComplete);
  EXPECT_EQ(f.size, head.size() + 10);
  EXPECT_EQ(f.body, 10u);
}

TEST(RequestFrame, AGetsBodyIsNotReadAsOne) {
  // httplib reads no body for GET: its bytes are the next request.
  const std::string head = "GET / HTTP/1.1\r\nContent-Length: 10\r\n\r\n";
  const RequestFrame f = Frame(head);
  EXPECT_EQ(f.kind, Kind::kComplete);
  EXPECT_EQ(f.size, head.size());
}

// RFC 9112, 6.3: a request with neither Content-Length nor Transfer-Encoding has no body. httplib
// would read one until the client closes (a client waiting for its answer would wait out the
// read deadline and get a 400); framed on its head, httplib finds the end of its input there.
TEST(RequestFrame, ABodyMethodWithoutALengthHasNoBody) {
  const std::string head = "POST /v1/check HTTP/1.1\r\nHost: a\r\n\r\n";
  const RequestFrame f = Frame(head + "GET /healthz HTTP/1.1\r\n\r\n");
  EXPECT_EQ(f.kind, Kind::kComplete);
  EXPECT_EQ(f.size, head.size()) << "the next request is not read as this one's body";
  EXPECT_TRUE(f.body_ends_at_input_end);
  EXPECT_FALSE(Frame("POST / HTTP/1.1\r\nContent-Length: 0\r\n\r\n").body_ends_at_input_end);
  EXPECT_EQ(Frame("POST / HTTP/1.1\r\nContent-Length:\r\n\r\n").kind, Kind::kComplete) << "an empty value is no header, as in httplib";
  EXPECT_EQ(Frame("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n").kind, Kind::kStreamed);
}

TEST(RequestFrame, WhatHttplibReadsFromTheSocketItselfIsStreamed) {
  EXPECT_EQ(Frame("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n").kind, Kind::kStreamed);
  EXPECT_EQ(Frame("POST / HTTP/1.1\r\nContent-Length: %31\r\n\r\n").kind, Kind::kStreamed) << "httplib decodes the value";
  EXPECT_EQ(Frame("POST / HTTP/1.1\r\nContent-Length: +1\r\n\r\n").kind, Kind::kStreamed);
  EXPECT_EQ(Frame("POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n").kind, Kind::kStreamed);
  EXPECT_EQ(Frame("POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\nhello").kind, Kind::kComplete)
      << "the body is in: nothing to wait for";
  EXPECT_EQ(Frame("POST / HTTP/1.1\r\nContent-Length: 60\r\n\r\n").kind, Kind::kStreamed) << "over max_buffered_body";
}

TEST(RequestFrame, ABodyOverTheLimitIsAnsweredFromTheHead) {
  const std::string head = "POST / HTTP/1.1\r\nContent-Length: 101\r\n\r\n";
  const RequestFrame f = Frame(head + "abc");
  EXPECT_EQ(f.kind, Kind::kOverLimit);
  EXPECT_EQ(f.size, head.size());
  EXPECT_EQ(f.body, 101u);
}

TEST(RequestFrame, AHeadOverTheLimitIsTooLarge) {
  EXPECT_EQ(Frame("GET / HTTP/1.1\r\nX: " + std::string(1100, 'a')).kind, Kind::kHeadTooLarge);
  EXPECT_EQ(Frame("GET / HTTP/1.1\r\nX: " + std::string(1100, 'a') + "\r\n\r\n").kind, Kind::kHeadTooLarge);
  EXPECT_EQ(Frame("GET / HTTP/1.1\r\nX: " + std::string(900, 'a')).kind, Kind::kIncomplete);
}

TEST(RequestFrame, AMalformedRequestLineIsCompleteAtItsEnd) {
  // httplib answers 400 after reading that line alone.
  const RequestFrame f = Frame("HELLO\r\nmore");
  EXPECT_EQ(f.kind, Kind::kComplete);
  EXPECT_EQ(f.size, 7u);
  EXPECT_EQ(Frame("GET / HTTP/2\r\n").kind, Kind::kComplete);
  EXPECT_EQ(Frame("GET / HTTP/1.1\r\n").kind, Kind::kIncomplete);
}

TEST(RequestFrame, ARequestLineOverHttplibsLimitIsCompleteWithItsHeaders) {
  // httplib reads the headers before it answers 414, even when the line is not a request line
  // (the fuzz target found this one).
  const std::string line = "POST / HTTP/1.1HTTP/1.0: " + std::string(8200, 'a') + "\r\n";
  EXPECT_EQ(FrameRequest(line, {65536, 100, 50}).kind, Kind::kIncomplete);
  const std::string head = line + "Content-Length: 5\r\n\r\n";
  const RequestFrame f = FrameRequest(head + "hello", {65536, 100, 50});
  EXPECT_EQ(f.kind, Kind::kComplete);
  EXPECT_EQ(f.size, head.size()) << "no body after a 414";
}

TEST(RequestFrame, LinesWithoutCrlfAreNotTheBlankLine) {
  // httplib skips header lines ending in a bare LF: "\n\n" does not end the head.
  EXPECT_EQ(Frame("GET / HTTP/1.1\r\nHost: a\n\n").kind, Kind::kIncomplete);
  const std::string head = "POST / HTTP/1.1\r\nContent-Length: 3\n\r\n";
  const RequestFrame f = Frame(head + "abc");
  EXPECT_TRUE(f.body_ends_at_input_end) << "a skipped line sets no length";
  EXPECT_EQ(f.size, head.size());
}

}  // namespace
}  // namespace chipgate::server
