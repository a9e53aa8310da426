// See query_request.hpp.
#include "query_request.hpp"

#include <fmt/format.h>
#include <httplib.h>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace chipgate::server {
namespace {

using httplib::Request;

// Reads a query's parameters, remembering which it asked for, so that Finish can name any the
// page does not have. Each read returns the reader, so a request's parameters chain.
class QueryReader {
 public:
  explicit QueryReader(const Request& req) : req_(req) {}

  QueryReader& Text(const char* name, std::string& out) {
    known_.insert(name);
    out = req_.get_param_value(name);
    return *this;
  }
  // Every value of a repeated parameter, each split at commas, blanks dropped.
  QueryReader& List(const char* name, std::vector<std::string>& out) {
    known_.insert(name);
    const auto range = req_.params.equal_range(name);
    for (auto it = range.first; it != range.second; ++it) {
      std::size_t start = 0;
      while (start <= it->second.size()) {
        const std::size_t comma = std::min(it->second.find(',', start), it->second.size());
        if (comma > start) out.push_back(it->second.substr(start, comma - start));
        start = comma + 1;
      }
    }
    return *this;
  }
  // A whole number; nothing when blank. Its range is the engine's to judge (Q0107), as for the
  // JSON API.
  QueryReader& Count(const char* name, std::optional<std::int64_t>& out) {
    std::string text;
    Text(name, text);
    if (text.empty()) return *this;
    std::int64_t n = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (ec == std::errc() && end == text.data() + text.size()) {
      out = n;
    } else if (error_.ok()) {
      error_ = MakeError(400, kWrongType, fmt::format("`{}` must be a whole number, not `{}`", name, text), name);
    }
    return *this;
  }
  ApiError Finish() const {
    if (!error_.ok()) return error_;
    for (const auto& p : req_.params) {
      if (known_.count(p.first) == 0) return MakeError(400, kUnknownKey, fmt::format("unknown parameter `{}`", p.first), p.first);
    }
    return {};
  }

 private:
  const Request& req_;
  std::set<std::string> known_;
  ApiError error_;
};

// Each page's parameters, a line for each group that belongs together.
void ReadFields(QueryReader& r, Question& q) {
  r.Text("item", q.item).Text("destination", q.destination).Text("date", q.date);
  r.Text("end_user", q.end_user).Text("end_user_hq", q.end_user_hq).Text("exporter_hq", q.exporter_hq);
  r.List("end_use", q.end_use);
  r.Text("claim", q.claim).Count("quantity", q.quantity);
}

void ReadFields(QueryReader& r, ScreenRequest& s) {
  r.List("items", s.items).List("vendors", s.vendors).List("destinations", s.destinations);
  r.Text("end_user_hq", s.end_user_hq).Text("date", s.date);
}

void ReadFields(QueryReader& r, PartyQuestion& p) { r.Text("name", p.name).Text("country", p.country).Text("date", p.date); }

template <class T>
QueryRead<T> ReadQuery(const Request& req) {
  QueryReader r(req);
  QueryRead<T> out;
  ReadFields(r, out.value);
  out.error = r.Finish();
  return out;
}

}  // namespace

QueryRead<Question> ReadCheckQuery(const Request& req) { return ReadQuery<Question>(req); }
QueryRead<ScreenRequest> ReadScreenQuery(const Request& req) { return ReadQuery<ScreenRequest>(req); }
QueryRead<PartyQuestion> ReadPartiesQuery(const Request& req) { return ReadQuery<PartyQuestion>(req); }

}  // namespace chipgate::server
