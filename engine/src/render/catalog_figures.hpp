// The derived figures `catalog list/show` print (TPP, PD and every other metric), computed by
// the rules: the metric definitions live in rules/, so a regulation change is a rule edit and
// the catalog listing follows it.
#pragma once

#include <string>
#include <vector>

#include "chipgate/decision.hpp"
#include "eval/params.hpp"

namespace chipgate::render {

struct ItemFigures {
  std::vector<MetricValue> metrics;
  // The metric called `name` ("tpp", "pd"), or null when the rules define none.
  const MetricValue* Find(const std::string& name) const;
  std::optional<Rational> Value(const std::string& name) const;
};

std::vector<ItemFigures> FiguresFor(const Model& model, const Catalog& catalog, const ParamValues& params);

// "max [fp8: 1978.9 TOPS x 8 bit] = 15831.2 TOPS*bit (tied: int8)", or "unknown (missing: x)".
std::string MetricLine(const MetricValue& m);

}  // namespace chipgate::render
