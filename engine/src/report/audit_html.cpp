// The audit report page (see audit_report.hpp). Order follows what a compliance officer needs:
// the numbers and whether they add up, where and when the findings are, the violations with
// their grounds, then the undecided, the rejects and the over-declared, then the provenance
// that lets someone else reproduce the run.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "report/audit_report.hpp"
#include "explain/explain.hpp"
#include "text/html.hpp"
#include "report/audit_html_style.hpp"
#include "report/decision_html.hpp"
#include "report/svg_chart.hpp"

namespace chipgate {
namespace {

using report_detail::Bar;

constexpr std::size_t kDestinationBars = 20;
constexpr Verdict kCardOrder[] = {Verdict::kProhibited, Verdict::kViolation, Verdict::kIndeterminate, Verdict::kRejected, Verdict::kOverDeclared, Verdict::kOk};

std::string E(std::string_view text) { return HtmlEscape(text); }

std::uint64_t Total(const VerdictTally& t) {
  std::uint64_t n = 0;
  for (const auto v : t) n += v;
  return n;
}

std::string Badge(Verdict v) { return fmt::format(R"(<span class="badge {0}">{0}</span>)", VerdictName(v)); }

std::string CountryLabel(const std::string& code) {
  const auto c = CountryCode::Parse(code);
  return c ? fmt::format("{} ({})", c->Name(), code) : "invalid country code";
}

std::string ItemLabel(const Catalog& catalog, const AuditDetailRow& r) {
  const Item* item = r.item_id.empty() ? nullptr : catalog.Find(r.item_id);
  if (item == nullptr) return E(r.item);
  std::string out = fmt::format("{} {} <code>{}</code>", E(item->vendor), E(item->name), E(item->id));
  if (r.item != r.item_id) out += fmt::format(" (written <code>{}</code>)", E(r.item));
  return out;
}

class Page {
 public:
  Page(const AuditSummary& s, const AuditReportInfo& info, const Model& m, const Catalog& c, const ParamValues& p)
      : s_(s), info_(info), model_(m), catalog_(c), params_(p) {}

  std::string Render() {
    out_ = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">";
    out_ += R"(<meta name="viewport" content="width=device-width, initial-scale=1">)";
    out_ += kAuditReportMarker;
    out_ += fmt::format("<title>chipgate audit: {}</title><style>{}</style></head><body><main>", E(info_.input_path),
                        report_detail::AuditReportCss());
    Heading();
    Summary();
    Changes();
    Charts();
    Findings(Verdict::kProhibited, "Prohibited shipments",
             "No license or License Exception can authorize these shipments (a Denied Persons listing, General Prohibition 10, an "
             "embargo rule that admits no license), whatever the row claims. Stop and escalate: they are worse than violations.");
    Findings(Verdict::kViolation, "Violations", "A license was required and the row claims none, or claims an exception that does not apply.");
    Findings(Verdict::kIndeterminate, "Indeterminate rows",
             "The rules cannot decide these rows from the data given; the missing input is named. They are not ok.");
    Parties();
    Rejected();
    OverDeclared();
    Provenance();
    out_ += "</main></body></html>\n";
    return std::move(out_);
  }

 private:
  void Heading() {
    out_ += "<h1>Export-control audit of a shipment log</h1>";
    std::string span;
    if (s_.first_date() && s_.last_date()) span = fmt::format(", ship dates {} to {}", s_.first_date()->ToString(), s_.last_date()->ToString());
    out_ += fmt::format(R"(<p class="sub"><code>{}</code>{} &middot; run {} of <code>{}</code> &middot; finished {}</p>)", E(info_.input_path), span,
                        info_.run_id, E(info_.db_path), E(info_.finished_at));
    out_ += R"(<p>Each row was decided under the US EAR advanced-computing rules (ECCN 3A090/4A090) <b>in force on its ship date</b>, )"
            R"(and the authorization the rules required was compared with the one the row claims.</p>)";
  }

  void Summary() {
    const AuditCounts& n = info_.counts;
    out_ += "<h2>Summary</h2><div class=\"cards\">";
    out_ += fmt::format(R"(<div class="card"><div class="n">{}</div><div class="l">rows read</div></div>)", n.read);
    for (const Verdict v : kCardOrder) {
      out_ += fmt::format(R"(<div class="card {}"><div class="n">{}</div><div class="l">{}</div></div>)", VerdictName(v), n.of(v), VerdictName(v));
    }
    out_ += "</div>";
    const bool adds_up = n.read == n.decided + n.rejected;
    out_ += fmt::format(R"(<p class="account{}">Every row is accounted for: <b>{} read = {} decided + {} rejected</b>{}. )", adds_up ? "" : " bad", n.read,
                        n.decided, n.rejected, n.blank_lines > 0 ? fmt::format(" ({} blank line{} skipped)", n.blank_lines, n.blank_lines == 1 ? "" : "s") : "");
    out_ += fmt::format("Decided: {} ok, {} over-declared, {} violation, {} prohibited, {} indeterminate.</p>", n.of(Verdict::kOk),
                        n.of(Verdict::kOverDeclared), n.of(Verdict::kViolation), n.of(Verdict::kProhibited), n.of(Verdict::kIndeterminate));
    out_ += R"(<p class="note"><b>ok</b>: what was claimed matches what was required. <b>violation</b>: a license was required and none was claimed, )"
            R"(or the claimed exception does not apply. <b>prohibited</b>: no license can authorize the shipment, whatever was claimed. <b>over-declared</b>: a license or exception was claimed but none was required. )"
            R"(<b>indeterminate</b>: missing data (never read as &ldquo;no license required&rdquo;). <b>rejected</b>: the row could not be read.</p>)";
  }

  // A re-screening says first what the lists given now changed.
  void Changes() {
    if (!info_.rescreen_of) return;
    out_ += fmt::format("<h2>Verdicts changed from run {} ({})</h2>", *info_.rescreen_of, info_.changed);
    out_ += fmt::format("<p>This run re-screened the parties of run {} against the lists below, each row as of its ship date, from the "
                        "database alone; run {} is unchanged.</p>",
                        *info_.rescreen_of, *info_.rescreen_of);
    if (info_.changes.empty()) {
      out_ += "<p>No verdict changed.</p>";
      return;
    }
    out_ += "<table><tr><th>line</th><th>shipment</th><th>before</th><th>now</th></tr>";
    for (const auto& c : info_.changes) {
      out_ += fmt::format(R"(<tr><td class="num">{}</td><td class="id">{}</td><td>{}</td><td>{}</td></tr>)", c.line,
                          E(c.shipment_id), Badge(c.before), Badge(c.after));
    }
    out_ += "</table>";
    if (info_.changed > info_.changes.size()) {
      out_ += fmt::format(R"(<p class="note">{} more changed rows: compare runs {} and {} in the database.</p>)", info_.changed - info_.changes.size(),
                          *info_.rescreen_of, info_.run_id);
    }
  }

  void Legend() {
    out_ += R"(<p class="legend">)";
    for (const Verdict v : kCardOrder) out_ += fmt::format(R"(<span><i style="background:{}"></i>{}</span>)", report_detail::VerdictColor(v), VerdictName(v));
    out_ += "</p>";
  }

  void Charts() {
    out_ += "<h2>Decisions by destination</h2>";
    Legend();
    const auto by_destination = s_.by_destination();
    std::vector<std::pair<std::string, VerdictTally>> rows(by_destination.begin(), by_destination.end());
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return Total(a.second) > Total(b.second); });
    std::vector<Bar> bars;
    VerdictTally others{};
    std::size_t other_count = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
      if (i < kDestinationBars) {
        const std::string label = rows[i].first == "invalid" ? "invalid code" : CountryLabel(rows[i].first);
        bars.push_back({label, label, rows[i].second});
      } else {
        ++other_count;
        for (std::size_t v = 0; v < kVerdictCount; ++v) others[v] += rows[i].second[v];
      }
    }
    if (other_count > 0) bars.push_back({fmt::format("{} other destinations", other_count), "other destinations", others});
    out_ += report_detail::HorizontalBars(bars, "verdicts by destination");
    out_ += "<h2>Decisions by month of shipment</h2>";
    Legend();
    out_ += report_detail::VerticalBars(MonthBars(), "verdicts by month", 1);
    const auto by_month = s_.by_month();
    const auto invalid = by_month.find("invalid");
    if (invalid != by_month.end()) {
      out_ += fmt::format(R"(<p class="note">{} rejected rows have no valid ship date and are not in this chart.</p>)", Total(invalid->second));
    }
  }

  // Every calendar month from the first to the last, empty ones included, so the time axis is
  // honest.
  std::vector<Bar> MonthBars() {
    std::vector<Bar> bars;
    std::vector<std::string> months;
    const auto by_month = s_.by_month();
    for (const auto& [month, tally] : by_month) {
      if (month != "invalid") months.push_back(month);
    }
    if (months.empty()) return bars;
    int year = std::stoi(months.front().substr(0, 4));
    int month = std::stoi(months.front().substr(5, 2));
    const std::string last = months.back();
    for (int guard = 0; guard < 1200; ++guard) {
      const std::string key = fmt::format("{:04}-{:02}", year, month);
      const auto it = by_month.find(key);
      bars.push_back({key, key, it == by_month.end() ? VerdictTally{} : it->second});
      if (key == last) break;
      if (++month > 12) {
        month = 1;
        ++year;
      }
    }
    const std::size_t every = std::max<std::size_t>(1, (bars.size() + 23) / 24);
    for (std::size_t i = 0; i < bars.size(); ++i) {
      if (i % every != 0) bars[i].label.clear();
    }
    return bars;
  }

  void Facts(const AuditDetailRow& r) {
    out_ += R"(<dl class="facts">)";
    std::vector<std::pair<const char*, std::string>> facts = {
        {"ship date", E(r.ship_date)},
        {"item", ItemLabel(catalog_, r)},
        {"destination", r.query ? E(CountryLabel(r.destination)) : E(r.destination)},
        {"quantity", E(r.quantity)},
        {"end user", E(r.end_user)},
        {"end user HQ", r.end_user_hq.empty() ? std::string("<i>not given</i>") : E(CountryLabel(r.end_user_hq))},
        {"claimed", r.claimed.empty() ? std::string("<i>nothing (NLR)</i>") : E(r.claimed)},
        {"required", fmt::format("<b>{}</b>", E(r.required))},
    };
    // Only rows that name an owner say so: most logs have no such column.
    if (!r.end_user_parent.empty()) facts.insert(facts.begin() + 6, {"end user's owner", E(r.end_user_parent)});
    for (const auto& [label, value] : facts) out_ += fmt::format("<dt>{}</dt><dd>{}</dd>", label, value);
    out_ += "</dl>";
  }

  void Finding(const AuditDetailRow& r) {
    out_ += fmt::format(R"(<article class="finding {}" id="line-{}"><header>{} line {} &middot; shipment {}</header>)", VerdictName(r.verdict), r.line,
                        Badge(r.verdict), r.line, E(r.shipment_id));
    Facts(r);
    out_ += "<h5>Why</h5><ol class=\"reasons\">";
    for (const auto& reason : r.reasons) out_ += fmt::format("<li>{}</li>", E(reason));
    out_ += "</ol>";
    if (!r.citations.empty()) {
      out_ += "<h5>Citations</h5><ul class=\"cites\">";
      for (const auto& c : r.citations) out_ += fmt::format("<li>{}</li>", E(c));
      out_ += "</ul>";
    }
    if (r.query) FullExplanation(r);
    out_ += "</article>";
  }

  // The explaining evaluator's memo; a memo already shown for an earlier row is linked to.
  void FullExplanation(const AuditDetailRow& r) {
    const Decision d = Explain(model_, catalog_, params_, *r.query);
    std::string memo = report_detail::DecisionHtml(d, model_);
    if (const auto it = shown_.find(memo); it != shown_.end()) {
      out_ += fmt::format(R"(<p class="note">Full explanation: the same as for <a href="#line-{0}">line {0}</a>.</p>)", it->second);
      return;
    }
    shown_.emplace(memo, r.line);
    out_ += "<details class=\"screen-only\"><summary>Full explanation (every rule consulted, with values, margins and citations)</summary>" + memo + "</details>";
    // Paper cannot open a <details>, so the explanation is printed from its own block.
    out_ += "<div class=\"print-only\"><p class=\"note\">Printed explanation: a rule that does not hold is one line; its conditions are in the on-screen report.</p>" +
            report_detail::DecisionHtml(d, model_, report_detail::TreeScope::kDecisive) + "</div>";
  }

  void MoreNote(Verdict v, std::size_t shown) {
    const std::uint64_t total = info_.counts.of(v);
    if (total <= shown) return;
    out_ += fmt::format(R"(<p class="note">{} more {} rows are not shown here; every row is in the database: <code>SELECT * FROM results_explained WHERE run_id = {} AND verdict = '{}'</code>.</p>)",
                        total - shown, VerdictName(v), info_.run_id, VerdictName(v));
  }

  void Findings(Verdict v, const char* title, const char* blurb) {
    const auto& rows = s_.details(v);
    out_ += fmt::format("<h2>{} ({})</h2>", title, info_.counts.of(v));
    if (rows.empty()) {
      out_ += "<p>None.</p>";
      return;
    }
    out_ += fmt::format("<p>{}</p>", blurb);
    for (const auto& r : rows) Finding(r);
    MoreNote(v, rows.size());
  }

  void Rejected() {
    const auto& rows = s_.details(Verdict::kRejected);
    out_ += fmt::format("<h2>Rejected rows ({})</h2>", info_.counts.of(Verdict::kRejected));
    if (rows.empty()) {
      out_ += "<p>None: every row could be read.</p>";
      return;
    }
    out_ += "<p>These rows could not be decided as written. Fix them in the log and run the audit again.</p>";
    RejectGroups();
    out_ += "<table><tr><th>line</th><th>shipment</th><th>reason</th><th>as written (date, item, destination)</th></tr>";
    for (const auto& r : rows) {
      out_ += fmt::format(R"(<tr id="line-{}"><td class="num">{}</td><td class="id">{}</td><td>{}</td><td>{} &middot; {} &middot; {}</td></tr>)", r.line, r.line,
                          E(r.shipment_id), E(r.reasons.empty() ? "" : r.reasons.front()), E(r.ship_date), E(r.item), E(r.destination));
    }
    out_ += "</table>";
    MoreNote(Verdict::kRejected, rows.size());
  }

  // One line per reason with its count and first lines, so thousands of identical rejects read
  // as one.
  void RejectGroups() {
    out_ += "<h3>By reason</h3><table><tr><th>rows</th><th>reason</th><th>first lines</th><th>example</th></tr>";
    for (const RejectGroup& g : s_.reject_groups()) {
      std::string lines;
      for (const auto line : g.first_lines) lines += fmt::format("{}<a href=\"#line-{}\">{}</a>", lines.empty() ? "" : ", ", line, line);
      if (g.count > g.first_lines.size()) lines += ", &hellip;";
      const std::string column = g.column == AuditColumn::kCount ? "" : fmt::format(" (<code>{}</code>)", AuditColumnKey(g.column));
      out_ += fmt::format(R"(<tr><td class="num">{}</td><td>{}{}</td><td>{}</td><td>{}</td></tr>)", g.count, E(RejectKindTitle(g.kind)), column, lines, E(g.example));
    }
    out_ += "</table><h3>Rows</h3>";
  }

  void OverDeclared() {
    const auto& rows = s_.details(Verdict::kOverDeclared);
    out_ += fmt::format("<h2>Over-declared rows ({})</h2>", info_.counts.of(Verdict::kOverDeclared));
    if (rows.empty()) {
      out_ += "<p>None.</p>";
      return;
    }
    out_ += "<p>A license or exception was claimed where none was required: not a violation, but worth a look (a license used up, or a wrong record).</p>";
    out_ += "<table><tr><th>line</th><th>shipment</th><th>ship date</th><th>item</th><th>destination</th><th>claimed</th><th>why</th></tr>";
    for (const auto& r : rows) {
      out_ += fmt::format(R"(<tr><td class="num">{}</td><td class="id">{}</td><td class="id">{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>)", r.line, E(r.shipment_id),
                          E(r.ship_date), E(r.item_id), E(r.destination), E(r.claimed), E(r.reasons.empty() ? "" : r.reasons.front()));
    }
    out_ += "</table>";
    MoreNote(Verdict::kOverDeclared, rows.size());
  }

  // Every row whose party is, or may be, a listed one: the listing is what an auditor checks.
  void Parties() {
    out_ += "<h2>Parties</h2>";
    if (info_.party_lists.empty()) {
      out_ += "<p>The parties were not screened against the restricted-party lists.</p>";
      return;
    }
    const auto& rows = s_.party_rows();
    if (rows.empty()) {
      out_ += "<p>No end user, consignee, purchaser or owner of an end user matches or resembles a listed entry on its ship date.</p>";
      return;
    }
    out_ += "<p>Rows whose end user, consignee, purchaser or end user's owner matches (or, under review, may be) an entry listed on the ship "
            "date; an owner's listing counts under the Affiliates rule in force that day.</p>";
    out_ += "<table><tr><th>line</th><th>shipment</th><th>ship date</th><th>verdict</th><th>party</th><th>entry</th><th>list</th>"
            "<th>citation</th><th>score</th></tr>";
    for (const auto& r : rows) {
      out_ += fmt::format(R"(<tr><td class="num">{}</td><td class="id">{}</td><td class="id">{}</td><td>{}</td><td>{} <code>{}</code></td><td>{}{}</td><td>{}</td><td>{}</td><td class="num">{:.2f}</td></tr>)",
                          r.line, E(r.shipment_id), E(r.ship_date), Badge(r.verdict), E(PartyRoleKey(r.hit.role)), E(r.hit.queried), E(r.hit.entry),
                          r.hit.match ? "" : " (review: to confirm or rule out)", E(r.hit.list), E(r.hit.citation), r.hit.score);
    }
    out_ += "</table>";
    if (s_.party_hit_count() > rows.size()) {
      out_ += fmt::format(R"(<p class="note">{} more party hits are in the database (reasons of <code>results_explained</code>).</p>)",
                          s_.party_hit_count() - rows.size());
    }
  }

  void Provenance() {
    out_ += "<h2>Provenance</h2><p>What this report was computed from; the same input, rules, catalog and params give the same results.</p><table>";
    const std::pair<const char*, std::string> rows[] = {
        {"input", fmt::format("<code>{}</code>", E(info_.input_path))},
        {"input SHA-256", fmt::format("<code>{}</code>", E(info_.input_sha256))},
        {"rules SHA-256", fmt::format("<code>{}</code> ({} files)", E(info_.rules_sha256), info_.rule_files.size())},
        {"catalog SHA-256", fmt::format("<code>{}</code> ({} items)", E(info_.catalog_sha256), catalog_.size())},
        {"chipgate version", E(info_.chipgate_version)},
        {"run", fmt::format("{} in <code>{}</code>", info_.run_id, E(info_.db_path))},
        {"started / finished (UTC)", fmt::format("{} / {}", E(info_.started_at), E(info_.finished_at))},
    };
    for (const auto& [label, value] : rows) out_ += fmt::format("<tr><th>{}</th><td>{}</td></tr>", label, value);
    std::string params;
    for (const auto& [name, value] : info_.params) params += fmt::format("<code>{}={}</code> ", E(name), E(value));
    out_ += fmt::format("<tr><th>params</th><td>{}</td></tr></table>", params);
    out_ += "<h3>Rule files</h3><table><tr><th>file</th><th>SHA-256</th></tr>";
    for (const auto& [path, sha] : info_.rule_files) out_ += fmt::format("<tr><td><code>{}</code></td><td><code>{}</code></td></tr>", E(path), E(sha));
    out_ += "</table>";
    out_ += "<h3>Restricted-party lists</h3><table><tr><th>file</th><th>SHA-256</th><th>list date</th></tr>";
    for (const auto& f : info_.party_lists) {
      out_ += fmt::format("<tr><td><code>{}</code></td><td><code>{}</code></td><td>{}</td></tr>", E(f.path), E(f.sha256), E(f.list_date.empty() ? "unknown" : f.list_date));
    }
    out_ += "</table>";
    out_ += fmt::format("<h3>Every row</h3><pre>sqlite3 {} \"SELECT line, shipment_id, verdict, required, missing FROM results_explained WHERE run_id = {} ORDER BY line\"</pre>",
                        E(info_.db_path), info_.run_id);
    out_ += R"(<p class="note">Not covered by this audit: end-use controls, owners of end users that the log does not name (an )"
            R"(<code>end_user_parent</code> column is screened under the Affiliates rule), and license numbers with BIS (they are )"
            R"(checked against the license register given, if any).</p>)";
  }

  const AuditSummary& s_;
  const AuditReportInfo& info_;
  const Model& model_;
  const Catalog& catalog_;
  const ParamValues& params_;
  std::string out_;
  std::map<std::string, std::uint64_t> shown_;  // memo → first line it was shown for
};

}  // namespace

std::string AuditHtml(const AuditSummary& summary, const AuditReportInfo& info, const Model& model, const Catalog& catalog,
                      const ParamValues& params) {
  return Page(summary, info, model, catalog, params).Render();
}

}  // namespace chipgate
