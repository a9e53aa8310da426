// The web page's routes: GET forms whose answers are pages, so each answer has a URL. A query
// is read as strictly as a JSON body (query_request.hpp); its mistakes, like the engine's, are
// error pages that name the field and keep the form as it was filled in.
#include <httplib.h>

#include "body_route.hpp"
#include "pages.hpp"
#include "query_request.hpp"
#include "router.hpp"
#include "routes.hpp"

namespace chipgate::server {
namespace {

using httplib::Request;
using httplib::Response;

// A query the page could not read, or an answer the engine could not give: the error page,
// with the form refilled as asked so the mistake can be corrected.
void SendErrorPage(Response& res, std::string_view title, const ApiError& e, const std::string& form) {
  SendHtml(res, e.status, ErrorPage(title, e, form));
}

void Check(Context& c, const Request& req, Response& res) {
  const std::shared_ptr<const Engine> engine = c.snapshot.Current();
  const QueryRead<Question> q = ReadCheckQuery(req);
  if (!q.error.ok()) return SendErrorPage(res, "Cannot check", q.error, CheckForm(*engine, q.value));
  Result<Decision> d = engine->Explain(q.value);
  if (!d.ok()) return SendErrorPage(res, "Cannot check", FromDiagnostics(d.diagnostics), CheckForm(*engine, q.value));
  SendHtml(res, 200, MemoPage(*engine, q.value, *d.value));
}

void Screen(Context& c, const Request& req, Response& res) {
  const QueryRead<ScreenRequest> s = ReadScreenQuery(req);
  if (!s.error.ok()) return SendErrorPage(res, "Cannot screen", s.error, ScreenForm(s.value));
  if (req.params.empty()) return SendHtml(res, 200, Page("Product screen", "<h1>Product screen</h1><p class=\"hint\">Products × destinations, each cell the license decision.</p>" + ScreenForm(s.value)));
  Result<std::string> page = c.snapshot.Current()->Screen(s.value, Format::kHtml);
  if (!page.ok()) return SendErrorPage(res, "Cannot screen", FromDiagnostics(page.diagnostics), ScreenForm(s.value));
  SendHtml(res, 200, std::move(*page.value));
}

void Parties(Context& c, const Request& req, Response& res) {
  const QueryRead<PartyQuestion> q = ReadPartiesQuery(req);
  if (!q.error.ok()) return SendErrorPage(res, "Cannot search", q.error, PartiesForm(q.value));
  if (q.value.name.empty()) return SendHtml(res, 200, PartiesPage(q.value, {}, false));
  Result<RenderedAnswer> answer = c.snapshot.Current()->SearchParties(q.value, Format::kText);
  if (!answer.ok()) return SendErrorPage(res, "Cannot search", FromDiagnostics(answer.diagnostics), PartiesForm(q.value));
  SendHtml(res, 200, PartiesPage(q.value, answer.value->body, answer.value->finding));
}

void AuditUpload(Context& c, const RequestBody& body, Response& res) {
  const auto log = body.parts.find("log");
  if (log == body.parts.end() || log->second.content.empty()) {
    return SendErrorPage(res, "Cannot audit", MakeError(400, kMissingField, "choose a shipment log (CSV) to upload", "log"), {});
  }
  Result<AuditRunSummary> run = c.runs.Run(*c.snapshot.Current(), log->second.content, RequestDeadline(c));
  if (!run.ok()) return SendErrorPage(res, "Cannot audit", FromDiagnostics(run.diagnostics), {});
  SendHtml(res, 201, AuditDonePage(*run.value));
}

}  // namespace

void AddPageRoutes(Router& router, Context& c) {
  router.Get("/", [&c](const Request&, Response& res) { SendHtml(res, 200, HomePage(*c.snapshot.Current())); });
  router.Get("/check", [&c](const Request& req, Response& res) { Check(c, req, res); });
  router.Get("/screen", [&c](const Request& req, Response& res) { Screen(c, req, res); });
  router.Get("/parties", [&c](const Request& req, Response& res) { Parties(c, req, res); });
  router.Get("/audit", [](const Request&, Response& res) { SendHtml(res, 200, AuditForm()); });
  PostWithBody(
      router, "/audit", c.options.limits.max_body_bytes, [&c](const RequestBody& body, Response& res) { AuditUpload(c, body, res); },
      [](Response& res, const ApiError& e) { SendErrorPage(res, "Cannot audit", e, {}); });
}

}  // namespace chipgate::server
