// The vendor matrix on the fast path (see screen.hpp): one Decide per (product, destination),
// with the Scratch's per-item cache making every destination after the first a short run of the
// destination-dependent segment.
#include "analysis/screen.hpp"

#include <algorithm>
#include <map>
#include <utility>

#include "catalog/catalog.hpp"
#include "explain/evaluator.hpp"

namespace chipgate {

std::vector<ScreenColumn> DestinationColumns(const std::vector<CountryCode>& destinations) {
  std::vector<ScreenColumn> columns;
  for (const auto c : destinations) columns.push_back({c.ToString(), false, false, {c}});
  return columns;
}

std::vector<ScreenColumn> AllDestinationColumns() {
  std::vector<CountryCode> all;
  for (std::size_t i = 0; i < AssignedCountryCount(); ++i) all.push_back(AssignedCountry(i));
  return DestinationColumns(all);
}

std::optional<ScreenColumn> GroupColumn(const Model& model, std::string_view name, Date date) {
  std::optional<NodeId> collection;
  for (NodeId id = 0; id < model.nodes.size() && !collection; ++id) {
    const Node& n = model.nodes[id];
    const bool named = (n.op == NodeOp::kGroup && model.groups[n.index].name == name) ||
                       (n.op == NodeOp::kSet && model.sets[n.index].name == name);
    if (named) collection = id;
  }
  if (!collection) {
    // A group no rule refers to has no node; its listed members are still its members.
    const auto g = model.FindGroup(std::string(name));
    if (!g) return std::nullopt;
    ScreenColumn column{std::string(name), true, false, {}};
    for (const auto& m : model.groups[*g].members) {
      if (m.interval.Contains(date)) column.members.push_back(m.country);
    }
    std::sort(column.members.begin(), column.members.end());
    column.members.erase(std::unique(column.members.begin(), column.members.end()), column.members.end());
    return column;
  }
  // Membership exactly as the explaining evaluator sees it on the date (intervals, set algebra).
  const Catalog no_items;
  const ParamValues params = ParamValues::Defaults(model);
  const explain::Evaluator ev(model, no_items, params, date, nullptr);
  ScreenColumn column{std::string(name), true, false, {}};
  for (std::size_t i = 0; i < AssignedCountryCount(); ++i) {
    if (ev.InCountrySet(*collection, AssignedCountry(i))) column.members.push_back(AssignedCountry(i));
  }
  return column;
}

ScreenMatrix Screen(const Program& program, const BoundCatalog& bound, const std::vector<std::size_t>& rows,
                    std::vector<ScreenColumn> columns, const ScreenOptions& options, Scratch& scratch) {
  ScreenMatrix m;
  m.rows = rows;
  m.columns = std::move(columns);
  for (const auto& c : m.columns) {
    m.first_member.push_back(m.cells_per_row);
    m.cells_per_row += c.members.size();
  }
  std::vector<std::uint16_t> destinations;
  destinations.reserve(m.cells_per_row);
  for (const auto& c : m.columns) {
    for (const auto d : c.members) destinations.push_back(d.index());
  }
  m.cells.resize(rows.size() * m.cells_per_row);
  FastQuery q;
  q.date = options.date;
  q.exporter_hq = options.exporter_hq ? options.exporter_hq->index() : -1;
  const std::int32_t fixed_hq = options.end_user == EndUserAssumption::kFixed && options.end_user_hq ? options.end_user_hq->index() : -1;
  DecisionCell* out = m.cells.data();
  const Model& model = *program.model;
  for (const auto row : rows) {
    q.item = static_cast<std::uint32_t>(row);
    m.classified.emplace_back();
    m.undecided.emplace_back();
    bool first = true;
    for (const auto d : destinations) {
      q.destination = d;
      q.end_user_hq = options.end_user == EndUserAssumption::kLocal ? d : fixed_hq;
      FastDecision decision;
      *out++ = DecideCell(program, bound, q, scratch, &decision);
      if (!std::exchange(first, false)) continue;
      for (std::uint32_t e = 0; e < model.eccns.size(); ++e) {
        if (model.eccns[e].is_criterion) continue;
        if (decision.eccn_true.test(e)) m.classified.back().push_back(e);
        if (decision.eccn_unknown.test(e)) m.undecided.back().push_back(e);
      }
    }
  }
  return m;
}

std::vector<CodeCount> CountCodes(std::span<const DecisionCell> cells, const Model& model) {
  std::map<std::string, std::size_t> counts;
  for (const auto& c : cells) ++counts[CellCode(c, model)];
  std::vector<CodeCount> out;
  for (const auto& [code, n] : counts) out.push_back({code, n});
  std::stable_sort(out.begin(), out.end(), [](const CodeCount& a, const CodeCount& b) { return a.count > b.count; });
  return out;
}

ScreenMatrix MergeIdenticalColumns(const ScreenMatrix& matrix) {
  ScreenMatrix out;
  out.rows = matrix.rows;
  out.classified = matrix.classified;
  out.undecided = matrix.undecided;
  std::vector<std::vector<std::size_t>> sources;  // per output column: input columns merged
  for (std::size_t c = 0; c < matrix.columns.size(); ++c) {
    const ScreenColumn& in = matrix.columns[c];
    bool placed = false;
    for (std::size_t o = 0; o < out.columns.size() && !in.is_group && !placed; ++o) {
      if (out.columns[o].is_group) continue;
      const std::size_t first = sources[o].front();
      bool same = true;
      for (std::size_t r = 0; r < matrix.rows.size() && same; ++r) same = matrix.At(r, first)[0] == matrix.At(r, c)[0];
      if (!same) continue;
      out.columns[o].members.push_back(in.members[0]);
      sources[o].push_back(c);
      placed = true;
    }
    if (placed) continue;
    out.columns.push_back(in);
    sources.push_back({c});
  }
  // A merged column keeps the cells of its first input column once (all its members agree).
  std::size_t merged_count = 0;
  for (auto& col : out.columns) {
    if (col.is_group) continue;
    col.merged = col.members.size() > 1;
    if (!col.merged) continue;
    col.label = "#" + std::to_string(++merged_count);
    std::sort(col.members.begin(), col.members.end());
  }
  for (std::size_t o = 0; o < out.columns.size(); ++o) {
    out.first_member.push_back(out.cells_per_row);
    out.cells_per_row += out.columns[o].merged ? 1 : out.columns[o].members.size();
  }
  out.cells.reserve(out.rows.size() * out.cells_per_row);
  for (std::size_t r = 0; r < out.rows.size(); ++r) {
    for (std::size_t o = 0; o < out.columns.size(); ++o) {
      const auto cells = matrix.At(r, sources[o].front());
      const std::size_t n = out.columns[o].merged ? 1 : cells.size();
      out.cells.insert(out.cells.end(), cells.begin(), cells.begin() + static_cast<std::ptrdiff_t>(n));
    }
  }
  return out;
}

}  // namespace chipgate
