// Decision rendering for the report (see decision_html.hpp).
#include "report/decision_html.hpp"

#include "render/claim_render.hpp"
#include "render/reason_text.hpp"

#include <fmt/format.h>

#include "text/html.hpp"

namespace chipgate::report_detail {
namespace {

const char* Mark(Tri t) { return t == Tri::kTrue ? "✓" : t == Tri::kFalse ? "✗" : "?"; }
const char* MarkClass(Tri t) { return t == Tri::kTrue ? "yes" : t == Tri::kFalse ? "no" : "unknown"; }

std::string Joined(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& v : values) out += (out.empty() ? "" : ", ") + v;
  return out;
}

void Tree(const Explanation& e, std::string& out, int depth, TreeScope scope) {
  out += fmt::format(R"(<li><span class="mark {}">{}</span> {})", MarkClass(e.value), Mark(e.value), HtmlEscape(e.label));
  if (!e.detail.empty()) out += fmt::format(R"(: <span class="detail">{}</span>)", HtmlEscape(e.detail));
  if (!e.missing.empty()) out += fmt::format(R"( <span class="missing">(missing: {})</span>)", HtmlEscape(Joined(e.missing)));
  const bool pruned = scope == TreeScope::kDecisive && e.value == Tri::kFalse && depth > 0;
  if (!e.cites.empty() && !e.rule_id.empty() && !pruned) out += fmt::format(R"(<div class="cite">{}</div>)", HtmlEscape(Joined(e.cites)));
  if (!e.children.empty() && depth < 16 && !pruned) {
    out += "<ul>";
    for (const auto& c : e.children) Tree(c, out, depth + 1, scope);
    out += "</ul>";
  }
  out += "</li>";
}

}  // namespace

std::string DecisionHtml(const Decision& d, const Model& model, TreeScope scope) {
  std::string out = R"(<div class="memo">)";
  // A claim first: it is the question its asker wanted judged; the reasons below are why.
  if (d.claim) out += render::ClaimHtml(*d.claim);
  out += R"(<h5>Reasons</h5><ol class="reasons">)";
  for (const auto& r : d.reasons) {
    out += fmt::format(R"(<li><span class="kind">{}</span> {})", HtmlEscape(ReasonKindKey(r.kind)), HtmlEscape(render::ReasonText(model, r, d.party_hits)));
    if (const std::string id = render::ReasonRuleId(model, r, d.party_hits); !id.empty()) out += fmt::format(R"( <code>{}</code>)", HtmlEscape(id));
    if (const std::string status = render::ReasonStatus(model, r); !status.empty()) {
      out += fmt::format(R"( <span class="status">{}</span>)", HtmlEscape(status));
    }
    for (const auto& c : render::ReasonCites(model, r, d.party_hits)) out += fmt::format(R"(<div class="cite">{}</div>)", HtmlEscape(c));
    out += "</li>";
  }
  out += "</ol>";
  if (!d.missing.empty()) out += fmt::format(R"(<p class="missing">Missing: {}</p>)", HtmlEscape(Joined(d.missing)));
  out += R"(<h5>Metrics</h5><ul class="metrics">)";
  for (const auto& m : d.metrics) {
    out += fmt::format("<li><code>{}</code> {}</li>", HtmlEscape(m.name),
                       HtmlEscape(m.value ? m.arithmetic + (m.unit == "1" ? "" : " " + m.unit) : "unknown (missing: " + Joined(m.missing) + ")"));
  }
  out += R"(</ul><h5>Explanation</h5><ul class="tree">)";
  Tree(d.explanation, out, 0, scope);
  return out + "</ul></div>";
}

}  // namespace chipgate::report_detail
