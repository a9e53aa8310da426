// Fuzz body (see fuzz_server.hpp).
#include "fuzz/fuzz_server.hpp"

#include <cstdlib>
#include <string_view>

#include "json_request.hpp"

namespace chipgate::fuzz {
namespace {

template <class T>
void Check(const server::Read<T>& r) {
  // Exactly one of a value and an error, and the error renders as JSON whatever bytes it quotes.
  if (r.value.has_value() == !r.error.ok()) std::abort();
  if (!r.error.ok()) (void)server::ErrorJson(r.error);
}

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

}  // namespace chipgate::fuzz
