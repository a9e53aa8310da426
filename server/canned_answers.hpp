// The two answers the server gives before httplib sees a request, each followed by closing the
// connection: 503 to a connection over --max-connections (guarded_server.cpp, on the accepting
// thread) and 431 to a request head over the framing limit (event_loop.cpp). Each is JSON like
// every other error, and each is logged as one access-log line, without a method or a path.
#pragma once

#include <cstddef>
#include <string>

namespace chipgate::server {

std::string BusyAnswer(std::size_t max_connections);
std::string HeadTooLargeAnswer(std::size_t max_head_bytes);

// "2026-11-30T15:21:47Z - - STATUS - (WHY)\n", written in one piece to stderr.
void LogRefusal(int status, const std::string& why);

}  // namespace chipgate::server
