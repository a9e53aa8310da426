// The check form (GET /) and its answer as a memo page (GET /check?...): the decision first,
// then the claim's judgement when the form named one, the reasons with their citations, the
// margins (metrics and the explanation tree), the file note as `chipgate check` prints it, and
// the provenance. A plain GET form, so it works without JavaScript and every answer has a URL
// that can be bookmarked or filed.
#include <fmt/format.h>
#include <httplib.h>

#include "pages.hpp"

namespace chipgate::server {
namespace {

constexpr const char* kEndUses[] = {"none", "military", "military-intelligence", "supercomputer", "advanced-ic", "wmd", "us-person-support"};

std::string Headline(Outcome o) {
  switch (o) {
    case Outcome::kNoLicenseRequired: return "No license required";
    case Outcome::kLicenseRequired: return "License required";
    case Outcome::kProhibited: return "Prohibited";
    case Outcome::kIndeterminate: return "Indeterminate";
  }
  return "Indeterminate";
}

std::string Field(const char* name, const char* label, const std::string& value, const char* type, const char* hint, const char* extra = "") {
  return fmt::format(R"(<label for="{0}">{1}</label><span><input type="{2}" id="{0}" name="{0}" value="{3}"{5}> <span class="hint">{4}</span></span>)",
                     name, label, type, Esc(value), hint, extra);
}

std::string ProvenanceTable(const Provenance& p, const Decision& d) {
  std::string rows = fmt::format("<tr><th>date decided for</th><td>{}</td></tr>", Esc(d.date.ToString()));
  rows += fmt::format("<tr><th>chipgate</th><td>{}</td></tr>", Esc(p.version));
  rows += fmt::format("<tr><th>rules (SHA-256)</th><td><code>{}</code></td></tr>", Esc(p.rules_hash));
  rows += fmt::format("<tr><th>catalog (SHA-256)</th><td><code>{}</code></td></tr>", Esc(p.catalog_hash));
  for (const auto& l : p.party_lists) {
    rows += fmt::format("<tr><th>party list</th><td>{} <code>{}</code> {}</td></tr>", Esc(l.path), Esc(l.sha256), Esc(l.list_date));
  }
  for (const auto& [name, value] : p.params) rows += fmt::format("<tr><th>param {}</th><td>{}</td></tr>", Esc(name), Esc(value));
  return "<table class=\"facts\">" + rows + "</table>";
}

}  // namespace

std::string CheckForm(const Engine& engine, const Question& q) {
  std::string items;
  for (const auto& id : engine.ItemIds()) items += fmt::format(R"(<option value="{}">)", Esc(id));
  std::string uses;
  for (const char* use : kEndUses) {
    const bool on = std::find(q.end_use.begin(), q.end_use.end(), use) != q.end_use.end();
    uses += fmt::format(R"(<label><input type="checkbox" name="end_use" value="{0}"{1}> {0}</label> )", use, on ? " checked" : "");
  }
  return fmt::format(R"(<form class="q" method="get" action="/check">{}<datalist id="items">{}</datalist>{}{}{}{}{}<fieldset><legend>End use (leave all unticked if not stated)</legend>{}</fieldset>{}{}<button type="submit">Check</button></form>)",
                     Field("item", "Item", q.item, "text", "catalog id: type to search", R"( list="items" required autocomplete="off")"), items,
                     Field("destination", "Destination", q.destination, "text", "ISO country code, e.g. CN", R"( required size="6")"),
                     Field("end_user", "End user", q.end_user, "text", "name, screened against the party lists"),
                     Field("end_user_hq", "End user HQ", q.end_user_hq, "text", "ISO code; blank: not stated"),
                     Field("exporter_hq", "Exporter HQ", q.exporter_hq, "text", "ISO code; blank: not stated"),
                     Field("date", "Date", q.date, "date", "blank: today"), uses,
                     Field("claim", "Claimed authorization", q.claim, "text", "NLR, a license exception code or a license number; blank: none judged"),
                     Field("quantity", "Quantity", q.quantity ? std::to_string(*q.quantity) : std::string(), "number",
                           "units shipped, checked against a claimed license", R"( min="1" step="1")"));
}

std::string HomePage(const Engine& engine) {
  return Page("Check a shipment", "<h1>May this item go there?</h1><p class=\"hint\">The license determination for one shipment "
                                  "under the rules in force on the date, with its reasons and citations.</p>" +
                                      CheckForm(engine, {}));
}

std::string MemoPage(const Engine& engine, const Question& q, const Decision& d) {
  const std::string key(OutcomeKey(d.outcome));
  std::string body = fmt::format("<h1>{} to {} on {}</h1>", Esc(d.item), Esc(q.destination), Esc(d.date.ToString()));
  body += fmt::format(R"(<div class="verdict outcome-{}" id="verdict" data-outcome="{}">{}</div>)", Esc(key), Esc(key), Esc(Headline(d.outcome)));
  // The engine's fragment opens with the claim's judgement when the question made one.
  body += fmt::format("<h2>{}</h2>", q.claim.empty() ? "Reasons, margins and citations" : "Claim, reasons, margins and citations");
  body += engine.RenderDecision(d, Format::kHtml);
  body += "<h2>File note</h2><pre id=\"memo\">" + Esc(engine.RenderDecision(d, Format::kText)) + "</pre>";
  body += "<h2>Provenance</h2>" + ProvenanceTable(engine.provenance(), d);
  body += "<h2 class=\"noprint\">Ask again</h2>" + CheckForm(engine, q);
  return Page(Headline(d.outcome) + ": " + d.item, body);
}

std::string ErrorPage(std::string_view title, const ApiError& e, const std::string& form) {
  const std::string where = e.field.empty() ? std::string() : fmt::format(" (<code>{}</code>)", Esc(e.field));
  return Page(title, fmt::format(R"(<h1>{}</h1><p class="error" id="error">{}{}</p>{})", Esc(title), Esc(e.message), where, form));
}

}  // namespace chipgate::server
