// The other pages: the product screen form (its answer is the engine's self-contained matrix
// page, as `chipgate screen --format html` writes it), the party search, and the audit upload
// with a link to the run's report.
#include <fmt/format.h>

#include "pages.hpp"

namespace chipgate::server {
namespace {

std::string Joined(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : ",") + s;
  return out;
}

std::string TextField(const char* name, const char* label, const std::string& value, const char* hint) {
  return fmt::format(R"(<label for="{0}">{1}</label><span><input type="text" id="{0}" name="{0}" value="{2}"> <span class="hint">{3}</span></span>)",
                     name, label, Esc(value), hint);
}

}  // namespace

std::string ScreenForm(const ScreenRequest& r) {
  return fmt::format(R"(<form class="q" method="get" action="/screen">{}{}{}{}{}<button type="submit">Screen</button></form>)",
                     TextField("items", "Items", Joined(r.items), "catalog ids, comma-separated; blank: the whole catalog"),
                     TextField("vendors", "Vendors", Joined(r.vendors), "comma-separated; blank: every vendor"),
                     TextField("destinations", "Destinations", Joined(r.destinations), "ISO codes, comma-separated; blank: every country"),
                     TextField("end_user_hq", "End user HQ", r.end_user_hq, "local (blank), unknown, or an ISO code"),
                     TextField("date", "Date", r.date, "YYYY-MM-DD; blank: today"));
}

std::string PartiesForm(const PartyQuestion& q) {
  return fmt::format(R"(<form class="q" method="get" action="/parties">{}{}{}<button type="submit">Search</button></form>)",
                     TextField("name", "Name", q.name, "a company or person"), TextField("country", "Country", q.country, "ISO code; blank: any"),
                     TextField("date", "Date", q.date, "YYYY-MM-DD; blank: today"));
}

std::string PartiesPage(const PartyQuestion& q, const std::string& answer_text, bool finding) {
  std::string body = "<h1>Restricted-party search</h1>" + PartiesForm(q);
  if (!q.name.empty()) {
    body += fmt::format(R"(<h2 id="finding" data-finding="{}">{}</h2><pre id="answer">{}</pre>)", finding ? "yes" : "no",
                        finding ? "Listed parties match" : "No listed party matches", Esc(answer_text));
  }
  return Page("Party search", body);
}

std::string AuditForm() {
  return Page("Audit a log", R"(<h1>Audit a shipment log</h1><p class="hint">A CSV file with a header row (docs/audit.md names the columns). Every row is decided under the rules in force on its ship date and stored as one run; the report opens from the link that follows.</p>
<form class="q" method="post" action="/audit" enctype="multipart/form-data"><label for="log">Shipment log</label><input type="file" id="log" name="log" accept=".csv,text/csv" required><button type="submit">Audit</button></form>)");
}

std::string AuditDonePage(const AuditRunSummary& s) {
  std::string body = fmt::format("<h1>Run {} stored</h1><table class=\"facts\">", s.run_id);
  const std::pair<const char*, std::uint64_t> counts[] = {{"rows", s.rows},           {"ok", s.ok},
                                                          {"violations", s.violations}, {"over-declared", s.over_declared},
                                                          {"indeterminate", s.indeterminate}, {"rejected", s.rejected}};
  for (const auto& c : counts) body += fmt::format("<tr><th>{}</th><td>{}</td></tr>", c.first, c.second);
  body += fmt::format("<tr><th>input SHA-256</th><td><code>{}</code></td></tr></table>", Esc(s.input_sha256));
  body += s.report_written ? fmt::format(R"(<p><a id="report" href="/v1/runs/{}/report">Open the report of run {}</a></p>)", s.run_id, s.run_id)
                           : fmt::format(R"(<p class="error">The run is stored, but its report could not be written: {}</p>)", Esc(s.report_problem));
  return Page(fmt::format("Run {}", s.run_id), body);
}

}  // namespace chipgate::server
