// POST routes that read their own body. cpp-httplib 0.11 holds a body to --max-body-bytes only
// when it comes with a Content-Length: a chunked body it reads whole into memory, however large
// (a 200 MB one was taken by a server limited to 1,000 bytes). Every POST route is therefore a
// content-reader route: the body is kept up to the limit whatever its framing, the rest is read
// and dropped (so that a keep-alive connection can go on; the request's read deadline and the
// stream's byte cap, deadline_stream.hpp, bound how long and how much), and the route answers
// 413 instead of running.
#pragma once

#include <httplib.h>

#include <cstddef>
#include <functional>
#include <string>

#include "api_error.hpp"
#include "router.hpp"

namespace chipgate::server {

// A request's body as its route gets it: the bytes, or for a multipart form its parts (each
// part's content in MultipartFormData::content, as httplib's Request::files would hold it).
struct RequestBody {
  std::string bytes;
  httplib::MultipartFormDataMap parts;
};

using BodyRoute = std::function<void(const RequestBody&, httplib::Response&)>;
// How a route answers a body it could not take: JSON for the API, an error page for a form.
using BodyRefusal = std::function<void(httplib::Response&, const ApiError&)>;

void PostWithBody(Router& router, const std::string& pattern, std::size_t max_body_bytes, BodyRoute route,
                  BodyRefusal refuse);

// The 413 every route answers for a body over the limit.
ApiError BodyTooLarge(std::size_t max_body_bytes);

}  // namespace chipgate::server
