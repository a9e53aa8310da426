// The web page's routes: GET forms whose answers are pages, so each answer has a URL. Query
// parameters are read as strictly as JSON keys (an unknown one is an error page naming it).
#include <fmt/format.h>
#include <httplib.h>

#include <charconv>
#include <set>

#include "pages.hpp"
#include "routes.hpp"

namespace chipgate::server {
namespace {

using httplib::Request;
using httplib::Response;

class QueryReader {
 public:
  explicit QueryReader(const Request& req) : req_(req) {}

  std::string Text(const char* name) {
    known_.insert(name);
    return req_.get_param_value(name);
  }
  // Every value of a repeated parameter, each split at commas, blanks dropped.
  std::vector<std::string> List(const char* name) {
    known_.insert(name);
    std::vector<std::string> out;
    const auto range = req_.params.equal_range(name);
    for (auto it = range.first; it != range.second; ++it) {
      std::size_t start = 0;
      while (start <= it->second.size()) {
        const std::size_t comma = std::min(it->second.find(',', start), it->second.size());
        if (comma > start) out.push_back(it->second.substr(start, comma - start));
        start = comma + 1;
      }
    }
    return out;
  }
  // A whole number, or nothing when the parameter is absent or blank (a form's empty field).
  // Its range is the engine's to judge (Q0107), as for the JSON API.
  std::optional<std::int64_t> Count(const char* name) {
    const std::string text = Text(name);
    if (text.empty()) return std::nullopt;
    std::int64_t n = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (ec == std::errc() && end == text.data() + text.size()) return n;
    if (error_.ok()) error_ = MakeError(400, kWrongType, fmt::format("`{}` must be a whole number, not `{}`", name, text), name);
    return std::nullopt;
  }
  // The first value that could not be read, else the first unknown parameter.
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

void Check(Context& c, const Request& req, Response& res) {
  const std::shared_ptr<const Engine> engine = c.snapshot.Current();
  QueryReader r(req);
  Question q;
  q.item = r.Text("item");
  q.destination = r.Text("destination");
  q.end_user = r.Text("end_user");
  q.end_user_hq = r.Text("end_user_hq");
  q.exporter_hq = r.Text("exporter_hq");
  q.date = r.Text("date");
  q.end_use = r.List("end_use");
  q.claim = r.Text("claim");
  q.quantity = r.Count("quantity");
  if (const ApiError e = r.Finish(); !e.ok()) return SendHtml(res, e.status, ErrorPage("Cannot check", e, CheckForm(*engine, q)));
  Result<Decision> d = engine->Explain(q);
  if (!d.ok()) {
    const ApiError e = FromDiagnostics(d.diagnostics);
    return SendHtml(res, e.status, ErrorPage("Cannot check", e, CheckForm(*engine, q)));
  }
  SendHtml(res, 200, MemoPage(*engine, q, *d.value));
}

void Screen(Context& c, const Request& req, Response& res) {
  QueryReader r(req);
  ScreenRequest s;
  s.items = r.List("items");
  s.vendors = r.List("vendors");
  s.destinations = r.List("destinations");
  s.end_user_hq = r.Text("end_user_hq");
  s.date = r.Text("date");
  if (const ApiError e = r.Finish(); !e.ok()) return SendHtml(res, e.status, ErrorPage("Cannot screen", e, ScreenForm(s)));
  if (req.params.empty()) return SendHtml(res, 200, Page("Product screen", "<h1>Product screen</h1><p class=\"hint\">Products × destinations, each cell the license decision.</p>" + ScreenForm(s)));
  Result<std::string> page = c.snapshot.Current()->Screen(s, Format::kHtml);
  if (!page.ok()) {
    const ApiError e = FromDiagnostics(page.diagnostics);
    return SendHtml(res, e.status, ErrorPage("Cannot screen", e, ScreenForm(s)));
  }
  SendHtml(res, 200, std::move(*page.value));
}

void Parties(Context& c, const Request& req, Response& res) {
  QueryReader r(req);
  PartyQuestion q;
  q.name = r.Text("name");
  q.country = r.Text("country");
  q.date = r.Text("date");
  if (const ApiError e = r.Finish(); !e.ok()) return SendHtml(res, e.status, ErrorPage("Cannot search", e, PartiesForm(q)));
  if (q.name.empty()) return SendHtml(res, 200, PartiesPage(q, {}, false));
  Result<RenderedAnswer> answer = c.snapshot.Current()->SearchParties(q, Format::kText);
  if (!answer.ok()) {
    const ApiError e = FromDiagnostics(answer.diagnostics);
    return SendHtml(res, e.status, ErrorPage("Cannot search", e, PartiesForm(q)));
  }
  SendHtml(res, 200, PartiesPage(q, answer.value->body, answer.value->finding));
}

void AuditUpload(Context& c, const Request& req, Response& res) {
  if (!req.has_file("log") || req.get_file_value("log").content.empty()) {
    return SendHtml(res, 400, ErrorPage("Cannot audit", MakeError(400, kMissingField, "choose a shipment log (CSV) to upload", "log"), {}));
  }
  Result<AuditRunSummary> run = c.runs.Run(*c.snapshot.Current(), req.get_file_value("log").content, RequestDeadline(c));
  if (!run.ok()) {
    const ApiError e = FromDiagnostics(run.diagnostics);
    return SendHtml(res, e.status, ErrorPage("Cannot audit", e, {}));
  }
  SendHtml(res, 201, AuditDonePage(*run.value));
}

}  // namespace

void AddPageRoutes(httplib::Server& server, Context& c) {
  server.Get("/", [&c](const Request&, Response& res) { SendHtml(res, 200, HomePage(*c.snapshot.Current())); });
  server.Get("/check", [&c](const Request& req, Response& res) { Check(c, req, res); });
  server.Get("/screen", [&c](const Request& req, Response& res) { Screen(c, req, res); });
  server.Get("/parties", [&c](const Request& req, Response& res) { Parties(c, req, res); });
  server.Get("/audit", [](const Request&, Response& res) { SendHtml(res, 200, AuditForm()); });
  server.Post("/audit", [&c](const Request& req, Response& res) { AuditUpload(c, req, res); });
}

}  // namespace chipgate::server
