// See body_route.hpp.
#include "body_route.hpp"

#include <fmt/format.h>

namespace chipgate::server {

ApiError BodyTooLarge(std::size_t max_body_bytes) {
  return MakeError(413, kTooLarge, fmt::format("the request body is larger than this server accepts ({} bytes, --max-body-bytes)", max_body_bytes));
}

void PostWithBody(Router& router, const std::string& pattern, std::size_t max_body_bytes, BodyRoute route,
                  BodyRefusal refuse) {
  router.Post(pattern, [max_body_bytes, route = std::move(route), refuse = std::move(refuse)](
                           const httplib::Request& req, httplib::Response& res, const httplib::ContentReader& read) {
    RequestBody body;
    std::size_t kept = 0;
    bool over = false;
    const auto keep = [&kept, &over, max_body_bytes](std::string& into, const char* data, std::size_t size) {
      if (over || size > max_body_bytes - kept) {
        over = true;  // dropped: the rest is read only to reach the next request
        return true;
      }
      kept += size;
      into.append(data, size);
      return true;
    };
    bool whole = false;
    if (req.is_multipart_form_data()) {
      std::string* part = nullptr;
      whole = read(
          [&body, &part](const httplib::MultipartFormData& header) {
            part = &body.parts.emplace(header.name, header)->second.content;
            return true;
          },
          [&keep, &part](const char* data, std::size_t size) { return part != nullptr && keep(*part, data, size); });
    } else {
      whole = read([&keep, &body](const char* data, std::size_t size) { return keep(body.bytes, data, size); });
    }
    // A body not read to its end leaves the connection where no next request can be found: the
    // stream's byte cap or deadline closes it, and the client is told so.
    if (!whole) res.set_header("Connection", "close");
    // httplib has set 413 itself when a Content-Length announced too much (it skipped that body).
    if (over || res.status == 413) return refuse(res, BodyTooLarge(max_body_bytes));
    if (!whole) {
      return refuse(res, MakeError(400, kBadRequest, "the request body could not be read whole (malformed chunks or form parts, or the client stopped sending)"));
    }
    route(body, res);
  });
}

}  // namespace chipgate::server
