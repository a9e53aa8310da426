// See claim_render.hpp.
#include "render/claim_render.hpp"

#include <fmt/format.h>

#include "text/html.hpp"

namespace chipgate::render {

void WriteClaimJson(JsonWriter& w, const ClaimAnswer& a) {
  w.BeginObject().Field("claimed", a.claimed).Field("kind", ClaimKindKey(a.claim.kind)).Field("verdict", VerdictName(a.verdict));
  w.StringArray("reasons", a.reasons);
  w.Key("license");
  if (a.license) {
    w.BeginObject().Field("finding", a.license->finding).Field("covered", a.license->covered).Field("text", a.license->sentence);
    w.Field("source", a.license->license_source).EndObject();
  } else {
    w.Null();
  }
  w.StringArray("notes", a.notes).EndObject();
}

std::string ClaimText(const ClaimAnswer& a) {
  std::string out = fmt::format("\nCLAIM\n  claimed: {} ({})\n  verdict: {}\n", a.claimed, ClaimKindKey(a.claim.kind), VerdictName(a.verdict));
  for (const auto& r : a.reasons) out += fmt::format("  - {}\n", r);
  if (a.license) out += fmt::format("  license register: {}{}\n", a.license->finding, a.license->license_source.empty() ? "" : " (" + a.license->license_source + ")");
  for (const auto& n : a.notes) out += fmt::format("  note: {}\n", n);
  return out;
}

std::string ClaimHtml(const ClaimAnswer& a) {
  const std::string verdict(VerdictName(a.verdict));
  std::string out = fmt::format(R"(<h5>Claim</h5><div class="claim verdict-{0}" data-verdict="{0}"><p><code>{1}</code> ({2}): <strong>{0}</strong></p><ul>)",
                                HtmlEscape(verdict), HtmlEscape(a.claimed), HtmlEscape(ClaimKindKey(a.claim.kind)));
  for (const auto& r : a.reasons) out += fmt::format("<li>{}</li>", HtmlEscape(r));
  out += "</ul>";
  if (a.license) {
    const std::string source = a.license->license_source.empty() ? "" : " (" + a.license->license_source + ")";
    out += fmt::format(R"(<p>License register: <strong>{}</strong>{}: {}</p>)", HtmlEscape(a.license->finding), HtmlEscape(source), HtmlEscape(a.license->sentence));
  }
  for (const auto& n : a.notes) out += fmt::format(R"(<p class="note">Note: {}</p>)", HtmlEscape(n));
  return out + "</div>";
}

}  // namespace chipgate::render
