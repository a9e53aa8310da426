// The report's CSS (see audit_html_style.hpp): system fonts, readable on screen and on paper,
// verdict colours matching the charts (svg_chart.cpp).
#include "report/audit_html_style.hpp"

namespace chipgate::report_detail {

const char* AuditReportCss() {
  return R"css(
:root { --ok:#2e7d32; --violation:#c62828; --over:#1565c0; --indet:#ef8f00; --rejected:#6d6d6d; --prohibited:#4a0e4e; --line:#d9dde3; --muted:#5b6470; }
* { box-sizing: border-box; }
body { font: 14px/1.45 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color:#1d232b; margin:0; background:#f4f6f8; }
main { max-width: 1120px; margin: 0 auto; padding: 24px 28px 60px; background:#fff; }
h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 19px; margin: 34px 0 10px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 15px; margin: 18px 0 6px; } h5 { font-size: 13px; margin: 12px 0 4px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
.sub { color: var(--muted); margin: 0 0 18px; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(140px, 1fr)); gap: 10px; margin: 14px 0; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; border-top: 5px solid #9aa3ad; }
.card .n { font-size: 26px; font-weight: 650; } .card .l { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
.card.ok { border-top-color: var(--ok); } .card.violation { border-top-color: var(--violation); } .card.over-declared { border-top-color: var(--over); }
.card.indeterminate { border-top-color: var(--indet); } .card.rejected { border-top-color: var(--rejected); }
.card.prohibited { border-top-color: var(--prohibited); }
.account { background:#f7f8fa; border-left: 4px solid #9aa3ad; padding: 8px 12px; margin: 8px 0; }
.account.bad { border-left-color: var(--violation); }
.legend span { display: inline-block; margin-right: 14px; font-size: 12px; } .legend i { display: inline-block; width: 11px; height: 11px; margin-right: 4px; vertical-align: -1px; border-radius: 2px; }
svg.chart { width: 100%; height: auto; display: block; margin: 6px 0 12px; } svg .axis { font-size: 11px; fill: #3b434d; } svg .value { font-size: 11px; fill: #5b6470; } svg .grid { stroke: #e3e6ea; }
.badge { display: inline-block; color: #fff; border-radius: 3px; padding: 1px 7px; font-size: 12px; font-weight: 600; }
.badge.ok { background: var(--ok); } .badge.violation { background: var(--violation); } .badge.over-declared { background: var(--over); }
.badge.indeterminate { background: var(--indet); } .badge.rejected { background: var(--rejected); }
.badge.prohibited { background: var(--prohibited); }
article.finding { border: 1px solid var(--line); border-left: 5px solid var(--violation); border-radius: 6px; padding: 10px 14px; margin: 12px 0; break-inside: avoid; }
article.finding.indeterminate { border-left-color: var(--indet); }
article.finding.prohibited { border-left-color: var(--prohibited); border-left-width: 8px; }
article.finding header { font-weight: 600; margin-bottom: 6px; }
dl.facts { display: grid; grid-template-columns: 130px 1fr 130px 1fr; gap: 2px 12px; margin: 6px 0; }
dl.facts dt { color: var(--muted); } dl.facts dd { margin: 0; overflow-wrap: anywhere; }
ol.reasons, ul.cites { margin: 4px 0; padding-left: 22px; } ul.cites li, .cite { color: #3f4a57; font-size: 12.5px; }
.cite::before { content: "§ "; color: #9aa3ad; }
.kind { display: inline-block; min-width: 88px; color: var(--muted); font-size: 12px; }
details { margin-top: 8px; } summary { cursor: pointer; color: #174ea6; }
ul.tree, ul.tree ul { list-style: none; padding-left: 18px; margin: 2px 0; } ul.tree { padding-left: 0; font-size: 12.5px; }
.mark { display: inline-block; width: 14px; font-weight: 700; } .mark.yes { color: var(--ok); } .mark.no { color: var(--violation); } .mark.unknown { color: var(--indet); }
.detail { color: #3b434d; } .missing { color: #a15c00; } .status { color: #a15c00; font-size: 12px; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; font-size: 13px; }
th, td { text-align: left; border-bottom: 1px solid var(--line); padding: 4px 8px; vertical-align: top; overflow-wrap: anywhere; }
th { background: #f4f6f8; font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; } td.id { white-space: nowrap; } th { white-space: nowrap; }
code { font: 12px/1.3 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; background: #f2f4f7; padding: 0 3px; border-radius: 3px; }
.note { color: var(--muted); font-size: 13px; }
pre { background: #f2f4f7; padding: 8px 10px; overflow-x: auto; font-size: 12px; }
.print-only { display: none; }
@page { margin: 12mm; }
@media print {
  body { background: #fff; font-size: 11px; } main { max-width: none; padding: 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .screen-only { display: none; } .print-only { display: block; }
  h2 { margin: 18px 0 6px; break-after: avoid; } h3, h5 { break-after: avoid; }
  /* A finding may run across pages (its explanation is long); its heading and facts stay together. */
  article.finding { break-inside: auto; margin: 8px 0; padding: 6px 10px; }
  article.finding header, dl.facts, ol.reasons > li { break-inside: avoid; }
  /* The memo's reasons repeat the finding's Why and Citations just above. */
  .print-only .memo > h5:first-child, .print-only .memo > ol.reasons { display: none; }
  .print-only ul.tree { columns: 3; column-gap: 14px; font-size: 9.5px; } .print-only .cite { font-size: 9px; }
  a { color: inherit; text-decoration: none; }
}
)css";
}

}  // namespace chipgate::report_detail
