// See page_layout.hpp.
#include "page_layout.hpp"

#include <fmt/format.h>

#include "text/html.hpp"

namespace chipgate::server {
namespace {

constexpr std::string_view kStyle = R"(
body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#212529;background:#fff}
nav{background:#1c3d5a;padding:.6em 1.5em}nav a{color:#fff;margin-right:1.4em;text-decoration:none;font-weight:600}
main{max-width:60em;margin:1.2em auto;padding:0 1.5em}
h1{font-size:1.5em;margin:.2em 0 .6em}h2{font-size:1.15em;margin:1.4em 0 .4em}h5{font-size:1em;margin:1.2em 0 .3em}
form.q{display:grid;grid-template-columns:max-content 1fr;gap:.5em 1em;align-items:center;max-width:44em}
form.q label{font-weight:600}form.q input[type=text],form.q input[type=date],form.q input[type=number],form.q select{padding:.35em;font:inherit;width:100%;box-sizing:border-box}
form.q fieldset{grid-column:1/3;border:1px solid #ced4da}form.q button{grid-column:2;justify-self:start;padding:.45em 1.4em;font:inherit}
.hint{color:#6c757d;font-size:.9em}
.verdict{font-size:1.6em;font-weight:700;padding:.5em .8em;border-radius:4px;margin:.4em 0 .8em}
.outcome-no_license_required{background:#d3f9d8}.outcome-license_required{background:#fff3bf}
.outcome-prohibited{background:#ffc9c9}.outcome-indeterminate{background:#dee2e6}
.claim{border-left:4px solid #868e96;background:#f8f9fa;padding:.1em 1em;margin:.4em 0 1em}.claim.verdict-ok{border-color:#2b8a3e}
.claim.verdict-violation,.claim.verdict-prohibited{border-color:#c92a2a}.claim.verdict-over-declared{border-color:#e67700}
.error{background:#ffe3e3;border-left:4px solid #c92a2a;padding:.6em 1em}
table.facts{border-collapse:collapse}table.facts th,table.facts td{border:1px solid #dee2e6;padding:.25em .6em;text-align:left;vertical-align:top}
pre{background:#f8f9fa;padding:.8em;overflow:auto;white-space:pre-wrap}
code{font-family:ui-monospace,monospace}.cite{color:#495057;font-size:.9em}.kind{font-weight:600}
@media print{nav,form,.noprint{display:none}main{max-width:none;margin:0}body{font-size:11pt}
 .verdict{border:2px solid #000;background:none}pre{background:none;border:1px solid #999}a{color:#000;text-decoration:none}}
)";

}  // namespace

std::string Esc(std::string_view text) { return HtmlEscape(text); }

std::string Page(std::string_view title, std::string_view body) {
  return fmt::format(R"(<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{} · chipgate</title><style>{}</style></head>
<body><nav><a href="/">Check a shipment</a><a href="/screen">Product screen</a><a href="/parties">Party search</a><a href="/audit">Audit a log</a></nav>
<main>
{}
</main></body></html>
)",
                     Esc(title), kStyle, body);
}

}  // namespace chipgate::server
