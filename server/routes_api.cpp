// The JSON API under /v1 (docs/server.md): each handler reads its request strictly
// (json_request.hpp), asks the engine snapshot current when the request arrived, and answers
// with the bytes the matching CLI command prints with --format json, or a JSON error.
#include <fmt/format.h>
#include <httplib.h>

#include <nlohmann/json.hpp>

#include "body_route.hpp"
#include "json_request.hpp"
#include "router.hpp"
#include "routes.hpp"

namespace chipgate::server {
namespace {

using httplib::Request;
using httplib::Response;
using nlohmann::json;

// A GET's query parameters, strictly: a misspelt `date` must not silently mean today.
ApiError CheckQuery(const Request& req, std::initializer_list<const char*> allowed) {
  for (const auto& [name, value] : req.params) {
    bool known = false;
    for (const char* a : allowed) known = known || name == a;
    if (!known) return MakeError(400, kUnknownKey, fmt::format("unknown query parameter `{}`", name), name);
  }
  return {};
}

// The order's overall outcome is its worst line's: a line that could not be answered counts as
// indeterminate (fail closed: the order cannot ship on it).
int Rank(Outcome o) {
  switch (o) {
    case Outcome::kNoLicenseRequired: return 0;
    case Outcome::kIndeterminate: return 1;
    case Outcome::kLicenseRequired: return 2;
    case Outcome::kProhibited: return 3;
  }
  return 1;
}

void Check(Context& c, const RequestBody& req, Response& res) {
  Read<json> body = ParseObject(req.bytes);
  if (!body.value) return SendError(res, body.error);
  Read<Question> q = ReadQuestion(*body.value);
  if (!q.value) return SendError(res, q.error);
  const std::shared_ptr<const Engine> engine = c.snapshot.Current();
  Result<Decision> d = engine->Decide(*q.value);
  if (!d.ok()) return SendError(res, FromDiagnostics(d.diagnostics));
  SendJson(res, 200, engine->RenderDecision(*d.value, Format::kJson));
}

// Lines are numbered from 1 in `line` and in messages, as people count them; `field` paths
// index the request's JSON array, from 0 ("lines[0].item" is line 1).
void Order(Context& c, const RequestBody& req, Response& res) {
  const auto deadline = RequestDeadline(c);
  Read<json> body = ParseObject(req.bytes);
  if (!body.value) return SendError(res, body.error);
  Read<std::vector<Question>> lines = ReadOrder(*body.value, c.options.limits.max_order_lines);
  if (!lines.value) return SendError(res, lines.error);
  const std::shared_ptr<const Engine> engine = c.snapshot.Current();  // one snapshot for the whole order
  Outcome worst = Outcome::kNoLicenseRequired;
  std::size_t errors = 0;
  std::string answers;
  for (std::size_t i = 0; i < lines.value->size(); ++i) {
    if (std::chrono::steady_clock::now() >= deadline) {
      return SendError(res, MakeError(504, kTimedOut, fmt::format("the order took longer than {} s to answer at line {} of {}; split it",
                                                                  c.options.limits.request_timeout_s, i + 1, lines.value->size())));
    }
    Result<Decision> d = engine->Decide((*lines.value)[i]);
    if (!answers.empty()) answers += ',';
    if (d.ok()) {
      if (Rank(d.value->outcome) > Rank(worst)) worst = d.value->outcome;
      answers += fmt::format(R"({{"line":{},"decision":{}}})", i + 1, engine->RenderDecision(*d.value, Format::kJson));
    } else {
      ++errors;
      if (Rank(Outcome::kIndeterminate) > Rank(worst)) worst = Outcome::kIndeterminate;
      ApiError e = FromDiagnostics(d.diagnostics, fmt::format("lines[{}].", i));
      e.message = fmt::format("line {}: {}", i + 1, e.message);
      answers += fmt::format(R"({{"line":{},"error":{}}})", i + 1, ErrorJson(e));
    }
  }
  SendJson(res, 200, fmt::format(R"({{"outcome":"{}","lines_total":{},"lines_with_errors":{},"lines":[{}]}})", OutcomeKey(worst),
                                 lines.value->size(), errors, answers));
}

void Classify(Context& c, const RequestBody& req, Response& res) {
  Read<json> body = ParseObject(req.bytes);
  if (!body.value) return SendError(res, body.error);
  Read<ClassifyRequest> r = ReadClassify(*body.value);
  if (!r.value) return SendError(res, r.error);
  const std::shared_ptr<const Engine> engine = c.snapshot.Current();
  Result<Decision> d = engine->Classify(r.value->item, r.value->date);
  if (!d.ok()) return SendError(res, FromDiagnostics(d.diagnostics));
  SendJson(res, 200, engine->RenderClassification(*d.value, Format::kJson));
}

void Screen(Context& c, const RequestBody& req, Response& res) {
  Read<json> body = ParseObject(req.bytes);
  if (!body.value) return SendError(res, body.error);
  Read<ScreenRequest> r = ReadScreen(*body.value);
  if (!r.value) return SendError(res, r.error);
  Result<std::string> out = c.snapshot.Current()->Screen(*r.value, Format::kJson);
  if (!out.ok()) return SendError(res, FromDiagnostics(out.diagnostics));
  SendJson(res, 200, std::move(*out.value));
}

void Parties(Context& c, const RequestBody& req, Response& res) {
  Read<json> body = ParseObject(req.bytes);
  if (!body.value) return SendError(res, body.error);
  Read<PartyQuestion> r = ReadPartyQuestion(*body.value);
  if (!r.value) return SendError(res, r.error);
  Result<RenderedAnswer> out = c.snapshot.Current()->SearchParties(*r.value, Format::kJson);
  if (!out.ok()) return SendError(res, FromDiagnostics(out.diagnostics));
  SendJson(res, 200, std::move(out.value->body));
}

void Catalog(Context& c, const Request& req, Response& res) {
  if (const ApiError e = CheckQuery(req, {}); !e.ok()) return SendError(res, e);
  SendJson(res, 200, c.snapshot.Current()->RenderCatalog(Format::kJson));
}

void CatalogItem(Context& c, const Request& req, Response& res) {
  const std::string id = req.matches[1];
  Result<std::string> out = c.snapshot.Current()->RenderItem(id, Format::kJson);
  if (out.ok()) return SendJson(res, 200, std::move(*out.value));
  ApiError e = FromDiagnostics(out.diagnostics);
  if (e.status == 422) e = ApiError{404, e.code, e.message, "id"};  // the resource named by the path does not exist
  SendError(res, e);
}

void Rules(Context& c, const Request& req, Response& res) {
  if (const ApiError e = CheckQuery(req, {"date"}); !e.ok()) return SendError(res, e);
  Result<std::string> out = c.snapshot.Current()->RenderRules(req.get_param_value("date"), Format::kJson);
  if (!out.ok()) return SendError(res, FromDiagnostics(out.diagnostics));
  SendJson(res, 200, std::move(*out.value));
}

void Health(Context& c, const Request&, Response& res) {
  const Provenance p = c.snapshot.Current()->provenance();
  const json j = {{"status", "ok"},        {"version", p.version},
                  {"rules_hash", p.rules_hash}, {"catalog_hash", p.catalog_hash},
                  {"loaded_at", c.snapshot.loaded_at()}, {"reloads", c.snapshot.reloads()}};
  SendJson(res, 200, j.dump(-1, ' ', false, json::error_handler_t::replace));
}

}  // namespace

void AddApiRoutes(Router& router, Context& c) {
  using Fn = void (*)(Context&, const Request&, Response&);
  const auto route = [&c](Fn fn) { return [&c, fn](const Request& req, Response& res) { fn(c, req, res); }; };
  using BodyFn = void (*)(Context&, const RequestBody&, Response&);
  const auto post = [&router, &c](const char* pattern, BodyFn fn) {
    PostWithBody(router, pattern, c.options.limits.max_body_bytes, [&c, fn](const RequestBody& body, Response& res) { fn(c, body, res); }, &SendError);
  };
  post("/v1/check", &Check);
  post("/v1/orders", &Order);
  post("/v1/classify", &Classify);
  post("/v1/screen", &Screen);
  post("/v1/parties/search", &Parties);
  router.Get("/v1/catalog", route(&Catalog));
  router.Get(R"(/v1/catalog/([^/]+))", route(&CatalogItem));
  router.Get("/v1/rules", route(&Rules));
  router.Get("/healthz", route(&Health));
  router.Get("/v1/openapi.json", [](const Request&, Response& res) { SendJson(res, 200, std::string(OpenApiDocument())); });
}

}  // namespace chipgate::server
