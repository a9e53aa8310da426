// Derived figures for the catalog commands (see catalog_figures.hpp).
#include "render/catalog_figures.hpp"

#include <fmt/format.h>

#include "explain/explain.hpp"

namespace chipgate::render {

const MetricValue* ItemFigures::Find(const std::string& name) const {
  for (const auto& m : metrics) {
    if (m.name == name) return &m;
  }
  return nullptr;
}

std::optional<Rational> ItemFigures::Value(const std::string& name) const {
  const MetricValue* m = Find(name);
  return m != nullptr ? m->value : std::nullopt;
}

std::vector<ItemFigures> FiguresFor(const Model& model, const Catalog& catalog, const ParamValues& params) {
  std::vector<ItemFigures> out;
  out.reserve(catalog.size());
  for (std::size_t i = 0; i < catalog.size(); ++i) out.push_back({ItemMetrics(model, catalog, params, i)});
  return out;
}

std::string MetricLine(const MetricValue& m) {
  if (!m.value) return fmt::format("unknown (missing: {})", fmt::join(m.missing, ", "));
  std::string line = m.arithmetic + (m.unit == "1" ? "" : " " + m.unit);
  if (m.winners.size() > 1) {
    std::vector<std::string> tied;
    for (std::size_t i = 1; i < m.winners.size(); ++i) tied.emplace_back(PrecisionKey(m.winners[i]));
    line += fmt::format(" (tied: {})", fmt::join(tied, ", "));
  }
  return line;
}

}  // namespace chipgate::render
