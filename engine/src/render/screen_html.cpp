// The matrix as one self-contained HTML page (see screen_render.hpp): inline CSS, no scripts, no
// external resources, every piece of text through HtmlEscape (product names and notes come from
// catalog files, which may come from anyone). Cells are coloured by decision; hovering a cell
// shows the destination and the decision in words. On paper the scrolling table is replaced by
// a print-only copy cut into column chunks on landscape pages, so no destination is lost.
#include <fmt/format.h>

#include "text/html.hpp"
#include "render/decision_text.hpp"
#include "render/screen_render.hpp"

namespace chipgate::render {
namespace {

constexpr const char* kStyle = R"(
body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#212529}
h1{font-size:1.4em;margin:0 0 .3em}h2{font-size:1.1em;margin:1.5em 0 .4em}
.meta{color:#495057;margin:.2em 0}
.wrap{overflow:auto;max-height:80vh;border:1px solid #dee2e6}
table.matrix{border-collapse:collapse;font-size:12px}
.matrix th,.matrix td{border:1px solid #dee2e6;padding:2px 6px;white-space:nowrap;text-align:center}
.matrix thead th{position:sticky;top:0;background:#f8f9fa;z-index:2}
.matrix tbody th{position:sticky;left:0;background:#f8f9fa;text-align:left;z-index:1;font-weight:normal}
.matrix td.cls{text-align:left;background:#fff}
.nlr{background:#d3f9d8}.app{background:#fff3bf}.cas{background:#ffd8a8}.den{background:#ffc9c9}
.exc{background:#d0ebff}.lic{background:#e5dbff}.unk{background:#dee2e6}
table.legend td{padding:2px 8px;border:1px solid #dee2e6}table.legend{border-collapse:collapse}
code{font-family:ui-monospace,monospace}
.print-only{display:none}
@page{size:letter landscape;margin:9mm}
@media print{
body{margin:0;font-size:11px}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.screen-only{display:none}.print-only{display:block}
h3.chunk{font-size:11px;margin:10px 0 3px;break-after:avoid}
table.print{border-collapse:collapse;font-size:8px;margin:0 0 6px}
.print th,.print td{border:1px solid #ced4da;padding:1px 3px;white-space:nowrap;text-align:center}
.print tbody th{text-align:left;font-weight:normal}.print td.cls{text-align:left}
.print thead{display:table-header-group}.print tr{break-inside:avoid}
}
)";

// The colour class of a code: the decision before any "+X?" that may apply.
const char* CssClass(const std::string& code) {
  const std::string base = code.substr(0, code.find('?') == std::string::npos ? std::string::npos : code.rfind('+', code.find('?')));
  if (base == "NLR") return "nlr";
  if (base == "LIC:approval") return "app";
  if (base == "LIC:case") return "cas";
  if (base == "LIC:denial") return "den";
  if (base.rfind("LIC+", 0) == 0) return "exc";
  if (base == "LIC") return "lic";
  return "unk";
}

std::string Cell(const ScreenView& v, std::size_t r, std::size_t c) {
  const ScreenColumn& col = v.matrix.columns[c];
  const auto cells = v.matrix.At(r, c);
  const Item& item = v.session.catalog.items()[v.matrix.rows[r]];
  if (cells.empty()) return "<td class=\"unk\">(no members)</td>";
  const auto counts = CountCodes(cells, v.session.model);
  std::string where = col.is_group || col.merged ? col.label : CountryText(col.members[0]);
  const std::string title = fmt::format("{} to {}: {}", item.name, where,
                                        col.is_group ? CellText(v, r, c) : CellDescription(cells[0], v.session.model));
  return fmt::format("<td class=\"{}\" title=\"{}\">{}</td>", CssClass(counts.front().code), HtmlEscape(title), HtmlEscape(CellText(v, r, c)));
}

std::string Legend() {
  std::string out = "<table class=\"legend\">";
  for (const auto& [code, meaning] : CellLegend()) {
    out += fmt::format("<tr><td class=\"{}\"><code>{}</code></td><td>{}</td></tr>", CssClass(code == "+X?" ? "LIC+X" : code), HtmlEscape(code),
                       HtmlEscape(meaning));
  }
  return out + "</table>";
}

std::string Provenance(const ScreenView& v) {
  std::string out = "<dl>";
  out += fmt::format("<dt>date</dt><dd>{}</dd>", v.date.ToString());
  out += fmt::format("<dt>rules sha256</dt><dd><code>{}</code></dd>", HtmlEscape(v.session.model.rules_hash));
  for (const auto& f : v.session.model.files) {
    out += fmt::format("<dd><code>{}</code> {}</dd>", HtmlEscape(f.sha256.substr(0, 16)), HtmlEscape(f.path));
  }
  out += fmt::format("<dt>catalog sha256</dt><dd><code>{}</code></dd>", HtmlEscape(v.session.catalog_hash));
  out += fmt::format("<dt>params</dt><dd><code>{}</code></dd>", HtmlEscape(ParamsText(v.session)));
  out += fmt::format("<dt>chipgate</dt><dd>{}</dd>", HtmlEscape(CHIPGATE_VERSION));
  return out + "</dl>";
}

// One printed chunk: the product column again, then destinations [begin, end); the
// classification only in the first chunk, where it is read once.
std::string PrintChunk(const ScreenView& v, ColumnChunk chunk) {
  const ScreenMatrix& m = v.matrix;
  const bool first = chunk.begin == 0;
  std::string out = fmt::format("<h3 class=\"chunk\">Destinations {}&ndash;{} of {}: {} to {}</h3>\n<table class=\"print\"><thead><tr><th>product</th>",
                                chunk.begin + 1, chunk.end, m.columns.size(), HtmlEscape(m.columns[chunk.begin].label),
                                HtmlEscape(m.columns[chunk.end - 1].label));
  if (first) out += "<th>classification</th>";
  for (std::size_t c = chunk.begin; c < chunk.end; ++c) out += fmt::format("<th>{}</th>", HtmlEscape(m.columns[c].label));
  out += "</tr></thead>\n<tbody>\n";
  for (std::size_t r = 0; r < m.rows.size(); ++r) {
    out += fmt::format("<tr><th>{}</th>", HtmlEscape(v.session.catalog.items()[m.rows[r]].id));
    if (first) out += fmt::format("<td class=\"cls\">{}</td>", HtmlEscape(RowClassification(v, r)));
    for (std::size_t c = chunk.begin; c < chunk.end; ++c) {
      const auto cells = m.At(r, c);
      const char* css = cells.empty() ? "unk" : CssClass(CountCodes(cells, v.session.model).front().code);
      out += fmt::format("<td class=\"{}\">{}</td>", css, cells.empty() ? "(no members)" : HtmlEscape(CellText(v, r, c)));
    }
    out += "</tr>\n";
  }
  return out + "</tbody></table>\n";
}

std::string PrintMatrix(const ScreenView& v) {
  std::string out = "<section class=\"print-only\">\n";
  for (const ColumnChunk chunk : ColumnChunks(v.matrix.columns.size(), kPrintColumnsPerChunk)) out += PrintChunk(v, chunk);
  return out + "</section>\n";
}

}  // namespace

std::string ScreenHtml(const ScreenView& v) {
  const ScreenMatrix& m = v.matrix;
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += fmt::format("<title>chipgate screen {}</title>\n<style>{}</style>\n</head>\n<body>\n", v.date.ToString(), kStyle);
  out += fmt::format("<h1>Export-control screen on {}</h1>\n<p class=\"meta\">{}</p>\n", v.date.ToString(), HtmlEscape(ScreenHeader(v)));
  out += "<p class=\"meta\">US EAR, ECCN 3A090/4A090 and the rules encoded in chipgate; hover a cell for the decision in words.</p>\n";
  out += Legend() + "\n<div class=\"wrap screen-only\"><table class=\"matrix\">\n<thead><tr><th>product</th><th>classification</th>";
  for (const auto& c : m.columns) {
    const std::string title = c.is_group || c.merged ? fmt::format("{} destinations", c.members.size()) : std::string(c.members[0].Name());
    out += fmt::format("<th title=\"{}\">{}</th>", HtmlEscape(title), HtmlEscape(c.label));
  }
  out += "</tr></thead>\n<tbody>\n";
  for (std::size_t r = 0; r < m.rows.size(); ++r) {
    const Item& item = v.session.catalog.items()[m.rows[r]];
    out += fmt::format("<tr><th title=\"{} {}\">{}</th><td class=\"cls\">{}</td>", HtmlEscape(item.vendor), HtmlEscape(item.name),
                       HtmlEscape(item.id), HtmlEscape(RowClassification(v, r)));
    for (std::size_t c = 0; c < m.columns.size(); ++c) out += Cell(v, r, c);
    out += "</tr>\n";
  }
  out += "</tbody></table></div>\n" + PrintMatrix(v);
  std::string keys;
  for (const auto& c : m.columns) {
    if (!c.merged && !c.is_group) continue;
    std::string members;
    for (const auto d : c.members) members += (members.empty() ? "" : " ") + d.ToString();
    keys += fmt::format("<dt>{} ({})</dt><dd><code>{}</code></dd>", HtmlEscape(c.label), c.members.size(), HtmlEscape(members));
  }
  if (!keys.empty()) out += "<h2>Columns</h2>\n<dl>" + keys + "</dl>\n";
  out += "<h2>Provenance</h2>\n" + Provenance(v) + "\n</body>\n</html>\n";
  return out;
}

}  // namespace chipgate::render
