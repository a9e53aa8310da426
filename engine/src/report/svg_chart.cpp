// SVG stacked bars (see svg_chart.hpp). Verdicts stack in a fixed order (prohibited, then
// violation first, at the axis, so the findings line up and compare across bars).
#include "report/svg_chart.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "text/html.hpp"

namespace chipgate::report_detail {
namespace {

constexpr Verdict kStackOrder[] = {Verdict::kProhibited, Verdict::kViolation, Verdict::kIndeterminate, Verdict::kRejected, Verdict::kOverDeclared, Verdict::kOk};

std::uint64_t Total(const VerdictTally& t) {
  std::uint64_t n = 0;
  for (const auto v : t) n += v;
  return n;
}

std::uint64_t Largest(const std::vector<Bar>& bars) {
  std::uint64_t most = 1;
  for (const auto& b : bars) most = std::max(most, Total(b.counts));
  return most;
}

std::string Segment(double x, double y, double w, double h, Verdict v, std::uint64_t n, const std::string& tooltip) {
  return fmt::format(R"(<rect x="{:.1f}" y="{:.1f}" width="{:.2f}" height="{:.2f}" fill="{}"><title>{}: {} {}</title></rect>)", x, y, w, h,
                     VerdictColor(v), HtmlEscape(tooltip), n, VerdictName(v));
}

}  // namespace

const char* VerdictColor(Verdict v) {
  switch (v) {
    case Verdict::kOk: return "#2e7d32";
    case Verdict::kViolation: return "#c62828";
    case Verdict::kOverDeclared: return "#1565c0";
    case Verdict::kIndeterminate: return "#ef8f00";
    case Verdict::kRejected: return "#6d6d6d";
    case Verdict::kProhibited: return "#4a0e4e";
  }
  return "#6d6d6d";
}

std::string HorizontalBars(const std::vector<Bar>& bars, const std::string& aria_label) {
  constexpr double kLabelWidth = 190, kBarArea = 600, kRow = 22, kBarHeight = 15, kTop = 6;
  const double height = kTop * 2 + kRow * static_cast<double>(bars.size());
  const double scale = kBarArea / static_cast<double>(Largest(bars));
  std::string out = fmt::format(R"(<svg class="chart" viewBox="0 0 {:.0f} {:.0f}" role="img" aria-label="{}">)",
                                kLabelWidth + kBarArea + 70, height, HtmlEscape(aria_label));
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const Bar& b = bars[i];
    const double y = kTop + kRow * static_cast<double>(i);
    out += fmt::format(R"(<text x="{:.0f}" y="{:.1f}" text-anchor="end" class="axis">{}</text>)", kLabelWidth - 8, y + kBarHeight - 3,
                       HtmlEscape(b.label));
    double x = kLabelWidth;
    for (const Verdict v : kStackOrder) {
      const std::uint64_t n = b.counts[static_cast<std::size_t>(v)];
      if (n == 0) continue;
      const double w = std::max(1.0, static_cast<double>(n) * scale);
      out += Segment(x, y, w, kBarHeight, v, n, b.tooltip);
      x += w;
    }
    out += fmt::format(R"(<text x="{:.1f}" y="{:.1f}" class="value">{}</text>)", x + 6, y + kBarHeight - 3, Total(b.counts));
  }
  return out + "</svg>";
}

std::string VerticalBars(const std::vector<Bar>& bars, const std::string& aria_label, std::size_t label_every) {
  constexpr double kLeft = 48, kPlot = 240, kTop = 10, kBottom = 46, kWidth = 860;
  const double column = (kWidth - kLeft - 10) / static_cast<double>(std::max<std::size_t>(1, bars.size()));
  const std::uint64_t most = Largest(bars);
  const double scale = kPlot / static_cast<double>(most);
  std::string out = fmt::format(R"(<svg class="chart" viewBox="0 0 {:.0f} {:.0f}" role="img" aria-label="{}">)",
                                kWidth, kTop + kPlot + kBottom, HtmlEscape(aria_label));
  for (const std::uint64_t tick : {std::uint64_t{0}, most / 2, most}) {
    const double y = kTop + kPlot - static_cast<double>(tick) * scale;
    out += fmt::format(R"(<line x1="{:.0f}" x2="{:.0f}" y1="{:.1f}" y2="{:.1f}" class="grid"/><text x="{:.0f}" y="{:.1f}" text-anchor="end" class="axis">{}</text>)",
                       kLeft, kWidth - 10, y, y, kLeft - 6, y + 4, tick);
  }
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const Bar& b = bars[i];
    const double x = kLeft + column * static_cast<double>(i);
    double y = kTop + kPlot;
    for (const Verdict v : kStackOrder) {
      const std::uint64_t n = b.counts[static_cast<std::size_t>(v)];
      if (n == 0) continue;
      const double h = std::max(1.0, static_cast<double>(n) * scale);
      y -= h;
      out += Segment(x + column * 0.12, y, column * 0.76, h, v, n, b.tooltip);
    }
    if (label_every > 0 && i % label_every == 0) {
      const double lx = x + column / 2;
      const double ly = kTop + kPlot + 12;
      out += fmt::format(R"svg(<text x="{:.1f}" y="{:.1f}" text-anchor="end" transform="rotate(-45 {:.1f} {:.1f})" class="axis">{}</text>)svg", lx, ly, lx,
                         ly, HtmlEscape(b.label));
    }
  }
  return out + "</svg>";
}

}  // namespace chipgate::report_detail
