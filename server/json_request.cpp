// See json_request.hpp.
#include "json_request.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <string_view>
#include <vector>

namespace chipgate::server {
namespace {

using nlohmann::json;

// Reads the fields of one object, remembering which keys it asked for, so that Finish can name
// any key the client sent that the request does not have. The first error wins. Each read
// returns the reader, so a request's keys chain as JsonWriter's do.
class FieldReader {
 public:
  FieldReader(const json& object, std::string prefix) : object_(object), prefix_(std::move(prefix)) {}

  FieldReader& Text(const char* key, std::string& out) {
    const json* v = Find(key);
    if (v == nullptr || v->is_null()) return *this;
    if (!v->is_string()) return WrongType(key, "a string");
    out = v->get<std::string>();
    return *this;
  }

  FieldReader& TextList(const char* key, std::vector<std::string>& out) {
    const json* v = Find(key);
    if (v == nullptr || v->is_null()) return *this;
    if (!v->is_array()) return WrongType(key, "an array of strings");
    for (const auto& e : *v) {
      if (!e.is_string()) return WrongType(key, "an array of strings");
      out.push_back(e.get<std::string>());
    }
    return *this;
  }

  FieldReader& Count(const char* key, std::optional<std::int64_t>& out) {
    const json* v = Find(key);
    if (v == nullptr || v->is_null()) return *this;
    // A number with a fraction, or too large for 64 bits, is not a count of units.
    if (!v->is_number_integer() || (v->is_number_unsigned() && v->get<std::uint64_t>() > std::uint64_t(INT64_MAX))) {
      return WrongType(key, "a whole number");
    }
    out = v->get<std::int64_t>();
    return *this;
  }

  FieldReader& Bool(const char* key, bool& out) {
    std::optional<bool> b;
    OptionalBool(key, b);
    if (b) out = *b;
    return *this;
  }

  FieldReader& OptionalBool(const char* key, std::optional<bool>& out) {
    const json* v = Find(key);
    if (v == nullptr || v->is_null()) return *this;
    if (!v->is_boolean()) return WrongType(key, "true or false");
    out = v->get<bool>();
    return *this;
  }

  FieldReader& Required(const char* key, const std::string& value) {
    if (value.empty() && error_.ok()) error_ = MakeError(400, kMissingField, fmt::format("`{}` is required", key), prefix_ + key);
    return *this;
  }

  // The first error, else an unknown key (the first in the object's order).
  ApiError Finish() {
    if (!error_.ok()) return error_;
    for (auto it = object_.begin(); it != object_.end(); ++it) {
      if (!Known(it.key())) {
        return MakeError(400, kUnknownKey, fmt::format("unknown key `{}`; expected one of: {}", it.key(), KnownList()), prefix_ + it.key());
      }
    }
    return {};
  }

 private:
  const json* Find(const char* key) {
    known_.push_back(key);
    const auto it = object_.find(key);
    return it == object_.end() ? nullptr : &*it;
  }

  FieldReader& WrongType(const char* key, const char* expected) {
    if (error_.ok()) error_ = MakeError(400, kWrongType, fmt::format("`{}` must be {}", key, expected), prefix_ + key);
    return *this;
  }

  bool Known(const std::string& key) const {
    return std::any_of(known_.begin(), known_.end(), [&key](std::string_view k) { return k == key; });
  }

  // Sorted, as people scan a list of names.
  std::string KnownList() const {
    std::vector<std::string_view> sorted(known_.begin(), known_.end());
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    std::string out;
    for (const auto k : sorted) fmt::format_to(std::back_inserter(out), "{}{}", out.empty() ? "" : ", ", k);
    return out;
  }

  const json& object_;
  std::string prefix_;
  // The keys asked for: string literals, a few per request, so a vector beats a set's
  // allocations on the server's hot path.
  std::vector<std::string_view> known_;
  ApiError error_;
};

// Each request's keys, a line for each group that belongs together. The order is the order of
// the checks: with two keys wrong, the first read is the one reported.
void ReadFields(FieldReader& r, Question& q) {
  r.Text("item", q.item).Text("destination", q.destination).Text("date", q.date);
  r.Text("end_user_hq", q.end_user_hq).Text("exporter_hq", q.exporter_hq);
  r.Text("end_user", q.end_user).Text("end_user_country", q.end_user_country).Text("end_user_parent", q.end_user_parent);
  r.Text("consignee", q.consignee).Text("purchaser", q.purchaser);
  r.TextList("end_use", q.end_use).Text("transaction", q.transaction).Text("exporter", q.exporter);
  r.Bool("uae_approved_entity", q.uae_approved_entity);
  r.Text("claim", q.claim).Count("quantity", q.quantity);
  r.Required("item", q.item).Required("destination", q.destination);
}

void ReadFields(FieldReader& r, ClassifyRequest& c) { r.Text("item", c.item).Text("date", c.date).Required("item", c.item); }

void ReadFields(FieldReader& r, ScreenRequest& s) {
  r.TextList("items", s.items).TextList("vendors", s.vendors);
  r.TextList("destinations", s.destinations).TextList("groups", s.groups);
  r.Text("date", s.date).Text("end_user_hq", s.end_user_hq).Text("exporter_hq", s.exporter_hq);
  r.OptionalBool("merge", s.merge);
}

void ReadFields(FieldReader& r, PartyQuestion& p) { r.Text("name", p.name).Text("country", p.country).Text("date", p.date).Required("name", p.name); }

// What every endpoint's reader does: the object's fields read into a T (its ReadFields above),
// then the first error, else the first key the client sent that T does not have.
template <class T>
Read<T> ReadRequest(const json& object, const std::string& prefix) {
  FieldReader r(object, prefix);
  T value;
  ReadFields(r, value);
  Read<T> out;
  out.error = r.Finish();
  if (out.error.ok()) out.value = std::move(value);
  return out;
}

template <class T>
Read<T> Failed(ApiError error) {
  Read<T> out;
  out.error = std::move(error);
  return out;
}

}  // namespace

Read<json> ParseObject(std::string_view body) {
  bool too_deep = false;
  // The callback sees every value with its depth; refusing deep ones keeps both the parse and
  // the later destruction of the tree shallow.
  const json::parser_callback_t limit = [&too_deep](int depth, json::parse_event_t, json&) {
    if (depth > kMaxJsonDepth) too_deep = true;
    return !too_deep;
  };
  json j = json::parse(body.begin(), body.end(), limit, /*allow_exceptions=*/false);
  if (too_deep) return Failed<json>(MakeError(400, kTooDeep, fmt::format("the JSON nests deeper than {} levels", kMaxJsonDepth)));
  if (j.is_discarded()) return Failed<json>(MakeError(400, kMalformedJson, "the body is not valid JSON (UTF-8)"));
  if (!j.is_object()) return Failed<json>(MakeError(400, kMalformedJson, "the body must be a JSON object"));
  Read<json> out;
  out.value = std::move(j);
  return out;
}

Read<Question> ReadQuestion(const json& object, const std::string& prefix) {
  if (!object.is_object()) return Failed<Question>(MakeError(400, kWrongType, "each order line must be a JSON object", prefix));
  return ReadRequest<Question>(object, prefix);
}

Read<ClassifyRequest> ReadClassify(const json& object) { return ReadRequest<ClassifyRequest>(object, {}); }
Read<ScreenRequest> ReadScreen(const json& object) { return ReadRequest<ScreenRequest>(object, {}); }
Read<PartyQuestion> ReadPartyQuestion(const json& object) { return ReadRequest<PartyQuestion>(object, {}); }

Read<std::vector<Question>> ReadOrder(const json& object, std::size_t max_lines) {
  using Lines = std::vector<Question>;
  for (auto it = object.begin(); it != object.end(); ++it) {
    if (it.key() != "lines") return Failed<Lines>(MakeError(400, kUnknownKey, fmt::format("unknown key `{}`; expected: lines", it.key()), it.key()));
  }
  const auto lines = object.find("lines");
  if (lines == object.end() || !lines->is_array() || lines->empty()) {
    return Failed<Lines>(MakeError(400, kMissingField, "`lines` must be a non-empty array of questions", "lines"));
  }
  if (lines->size() > max_lines) {
    return Failed<Lines>(MakeError(413, kTooMany, fmt::format("an order may have at most {} lines; split it", max_lines), "lines"));
  }
  Lines out;
  for (std::size_t i = 0; i < lines->size(); ++i) {
    Read<Question> q = ReadQuestion((*lines)[i], fmt::format("lines[{}].", i));
    if (!q.value) {
      q.error.message = fmt::format("line {}: {}", i + 1, q.error.message);  // people count lines from 1; `field` indexes from 0
      return Failed<Lines>(std::move(q.error));
    }
    out.push_back(std::move(*q.value));
  }
  Read<Lines> r;
  r.value = std::move(out);
  return r;
}

}  // namespace chipgate::server
