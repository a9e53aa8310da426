// One client connection as its event loop (event_loop.hpp) keeps it between events: the bytes
// received and not yet answered, the answer bytes not yet sent, where it stands (waiting,
// reading a request, writing, handed to a worker, closing) and the clocks its deadlines run
// from. Its socket is non-blocking; Receive and Send move bytes only as far as the socket goes.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>

#include "endpoints.hpp"

namespace chipgate::server {

struct LoopConnection {
  using Clock = std::chrono::steady_clock;

  LoopConnection(int socket_fd, std::size_t max_requests, Clock::time_point now)
      : socket(socket_fd), requests_left(max_requests), idle_since(now) {}

  enum class Read {
    kDrained,  // the socket has nothing more for now
    kAtCap,    // `in` reached the cap: there may be more
    kEnd,      // the client closed its side
    kFailed,   // the connection failed (reset)
  };
  // Reads what the socket holds into `in` until `in` holds `cap` bytes; bytes of an over-limit
  // body (`skip`) and anything after the last answer (`lingering`) are read and dropped.
  Read Receive(std::size_t cap, Clock::time_point now);
  // Sends `out` as far as the socket takes it; false when the connection failed.
  bool Send(Clock::time_point now);
  // Appends an answer to `out`, starting the write clocks when nothing was waiting to go out.
  void Queue(const std::string& answer, Clock::time_point now);

  bool Writing() const { return sent < out.size(); }

  int socket;
  std::string in;            // received, not yet used by a request
  std::string out;           // answers; [sent, size) still to send
  std::size_t sent = 0;
  std::size_t requests_left;  // keep-alive: the last one is answered with `Connection: close`
  std::uint64_t skip = 0;    // bytes of an over-limit body still to drop (httplib's 413 skips it)
  Endpoints endpoints;
  bool busy = false;         // a worker has the request (and, streamed, the socket): hands off
  bool closing = false;      // no more requests: close once `out` is sent
  bool lingering = false;    // our side is shut; drop input until the client closes or time's up
  bool peer_closed = false;  // the client closed its side: nothing more will come in
  Clock::time_point idle_since;     // the keep-alive wait's start
  Clock::time_point request_start;  // the current request's first byte (its read deadline)
  Clock::time_point last_read;      // the last byte in (the wait for the next byte)
  Clock::time_point write_start;    // the first byte of the answers now going out
  Clock::time_point last_write;
  Clock::time_point linger_until;
};

}  // namespace chipgate::server
