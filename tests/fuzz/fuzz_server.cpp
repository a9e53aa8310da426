// Fuzz bodies (see fuzz_server.hpp).
#include "fuzz/fuzz_server.hpp"

#include <httplib.h>

#include <cstdlib>
#include <string>
#include <string_view>

#include "json_request.hpp"
#include "memory_stream.hpp"
#include "request_frame.hpp"

namespace chipgate::fuzz {
namespace {

template <class T>
void Check(const server::Read<T>& r) {
  // Exactly one of a value and an error, and the error renders as JSON whatever bytes it quotes.
  if (r.value.has_value() == !r.error.ok()) std::abort();
  if (!r.error.ok()) (void)server::ErrorJson(r.error);
}

// What httplib read of its input to answer the first request in it.
struct Reading {
  std::size_t consumed = 0;
  bool starved = false;  // it asked for more than the input held
};

// httplib's request handling without routes (every request is a 404 once its body is read),
// as the server's loops run it.
class BareServer : public httplib::Server {
 public:
  explicit BareServer(std::size_t max_body) { set_payload_max_length(max_body); }

  Reading Answer(std::string_view input, std::string& output) {
    server::Endpoints endpoints;
    endpoints.known = true;
    server::MemoryStream stream(input, output, endpoints, 3);
    bool closes = false;
    static_cast<void>(process_request(stream, false, closes, nullptr));
    return {stream.consumed(), stream.starved()};
  }
};

// Small limits, so that short inputs reach every kind of frame.
constexpr server::FrameLimits kLimits{16384, 64, 32};

}  // namespace

void FuzzServerJson(const std::uint8_t* data, std::size_t size) {
  const server::Read<nlohmann::json> body = server::ParseObject(std::string_view(reinterpret_cast<const char*>(data), size));
  Check(body);
  if (!body.value) return;
  const server::Read<Question> q = server::ReadQuestion(*body.value);
  Check(q);
  if (q.value && (q.value->item.empty() || q.value->destination.empty())) std::abort();  // required fields
  Check(server::ReadClassify(*body.value));
  Check(server::ReadScreen(*body.value));
  Check(server::ReadPartyQuestion(*body.value));
  Check(server::ReadOrder(*body.value, 8));
}

void FuzzServerFrame(const std::uint8_t* data, std::size_t size) {
  using Kind = server::RequestFrame::Kind;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const server::RequestFrame frame = server::FrameRequest(bytes, kLimits);
  if (frame.kind == Kind::kHeadTooLarge && bytes.size() <= kLimits.max_head_bytes) std::abort();
  if (frame.kind != Kind::kComplete && frame.kind != Kind::kOverLimit) return;
  if (frame.size > bytes.size() || frame.size == 0) std::abort();
  // The same frame from its own bytes: what comes after a request never changes where it ends.
  const std::string_view own = bytes.substr(0, frame.size);
  const server::RequestFrame again = server::FrameRequest(own, kLimits);
  if (again.kind != frame.kind || again.size != frame.size || again.body != frame.body) std::abort();
  // httplib run on exactly those bytes reads no more than them and answers; a complete request
  // needs nothing more, and an over-limit one is answered 413 from its head (httplib starts
  // skipping its body, or reads none of it).
  BareServer httplib_server(kLimits.max_body_bytes);
  std::string answer;
  const Reading read = httplib_server.Answer(own, answer);
  if (read.consumed == 0 || answer.rfind("HTTP/1.1 ", 0) != 0) std::abort();
  // Without a length httplib reads to the end of its input for the body, which must be the
  // frame's end: only a complete frame may say so.
  if (frame.body_ends_at_input_end && frame.kind != Kind::kComplete) std::abort();
  if (frame.kind == Kind::kComplete && read.starved && !frame.body_ends_at_input_end) std::abort();
}

}  // namespace chipgate::fuzz
