// One line of the server's log (the access log and its refusals) to stderr, in one write(2):
// lines from concurrent requests never interleave, and no stdio lock is held across the system
// call. With fwrite on the unbuffered stderr the event loops queued on that lock on almost
// every request (a futex wait, a context switch), and the lock was the server's only contended one.
#pragma once

#include <string_view>

namespace chipgate::server {

void WriteLogLine(std::string_view line);

}  // namespace chipgate::server
