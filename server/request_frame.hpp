// Where one HTTP/1.1 request ends in the bytes a connection has received so far, without
// parsing it: the event loop (event_loop.hpp) hands httplib a request only once every byte
// httplib will read for it is in memory, so that httplib's own parser (process_request) never
// waits on a socket and a loop thread never blocks. The rules mirror what cpp-httplib 0.11.4
// reads: the request line up to its LF; when that line is valid, header lines up to the first
// line that is exactly CRLF; a body only for the methods httplib reads one for (POST, PUT,
// PATCH, DELETE, PRI), of exactly Content-Length bytes, or none when neither a length nor a
// Transfer-Encoding is given (RFC 9112, 6.3: such a request has no body; httplib would wait for
// the client to close, so it is run on the head alone and finds the body's end there). Anything
// else httplib would read from the socket itself (a Transfer-Encoding, a Content-Length in a
// form other than plain digits, a client waiting for 100 Continue) is kStreamed: it is handed,
// with the bytes already read, to a worker thread that runs httplib on the socket. A frame may
// overstate what httplib reads (it stops early on a malformed request, or answers 401 without
// reading the body); the bytes it leaves are the next request's, as on a blocking connection.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace chipgate::server {

struct FrameLimits {
  std::size_t max_head_bytes;     // request line and headers; beyond: 431, then closed
  std::size_t max_body_bytes;     // httplib's payload limit: beyond, it answers 413 from the head
  std::size_t max_buffered_body;  // a body still incomplete and longer than this is kStreamed
};

// httplib's own limit on one header line (CPPHTTPLIB_HEADER_MAX_LENGTH, fixed when Debian built
// it): a longer line ends its reading of the head with a 400.
inline constexpr std::size_t kHttplibHeaderLineMax = 8192;
// And on the request line (CPPHTTPLIB_REQUEST_URI_MAX_LENGTH): a longer one is answered 414
// after httplib has read the headers (and no body), before it looks at what the line says.
inline constexpr std::size_t kHttplibRequestLineMax = 8192;

struct RequestFrame {
  enum class Kind {
    kIncomplete,    // more bytes are needed
    kComplete,      // the first `size` bytes hold everything httplib will read for this request
    kOverLimit,     // Content-Length over max_body_bytes: httplib answers 413 after skipping the body
    kStreamed,      // httplib must read the rest from the socket itself
    kHeadTooLarge,  // no end of the head within max_head_bytes
  };
  Kind kind = Kind::kIncomplete;
  std::size_t size = 0;       // kComplete: the whole request; kOverLimit, kStreamed: the head
  std::uint64_t body = 0;     // the Content-Length, when there is one
  std::string_view method;    // the request line's first two words (empty when not yet in):
  std::string_view path;      // where to run it (dispatch.hpp), never how to answer it
  // kComplete without a length: httplib reads past the head for a body and finds the end of
  // what it was given, which here is the request's end, not a disagreement with the framing.
  bool body_ends_at_input_end = false;
};

RequestFrame FrameRequest(std::string_view bytes, const FrameLimits& limits);

}  // namespace chipgate::server
