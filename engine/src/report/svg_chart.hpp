// Inline SVG stacked bar charts for the audit report: no script, no external asset, readable
// when printed. Each segment carries a <title>, so hovering shows its count.
#pragma once

#include <string>
#include <vector>

#include "report/audit_report.hpp"

namespace chipgate::report_detail {

struct Bar {
  std::string label;    // short, under or beside the bar ("CN", "2024-05")
  std::string tooltip;  // longer name for the segment titles ("China (CN)")
  VerdictTally counts{};
};

// The fill colour of a verdict; the report's legend and badges use the same.
const char* VerdictColor(Verdict v);

// One horizontal bar per entry, longest scale = the largest total.
std::string HorizontalBars(const std::vector<Bar>& bars, const std::string& aria_label);
// One column per entry (months), with every `label_every`-th label shown.
std::string VerticalBars(const std::vector<Bar>& bars, const std::string& aria_label, std::size_t label_every);

}  // namespace chipgate::report_detail
