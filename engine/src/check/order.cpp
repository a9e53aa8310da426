// Stage: dependency order. Metrics may use metrics, classifications may use classifications
// (through their rules' conditions and the notes that exclude them); the compiler evaluates
// them in an order where every use comes after its definition. A cycle is an error.
#include <fmt/format.h>

#include <functional>

#include "check/stages.hpp"

namespace chipgate::check {
namespace {

void CollectEccns(const Model& m, NodeId id, std::set<std::uint32_t>& out) {
  const Node& n = m.nodes[id];
  if (n.op == NodeOp::kEccn) out.insert(n.index);
  for (const auto c : n.children) CollectEccns(m, c, out);
}

// Depth-first topological sort; returns the order, reporting each cycle once.
std::vector<std::uint32_t> TopoSort(Context& cx, const std::vector<std::set<std::uint32_t>>& deps,
                                    const std::function<std::string(std::uint32_t)>& name,
                                    const std::function<Span(std::uint32_t)>& span, const char* what) {
  std::vector<int> state(deps.size(), 0);  // 0 new, 1 on stack, 2 done
  std::vector<std::uint32_t> order;
  std::vector<std::uint32_t> stack;
  std::function<void(std::uint32_t)> visit = [&](std::uint32_t v) {
    state[v] = 1;
    stack.push_back(v);
    for (const auto w : deps[v]) {
      if (state[w] == 1) {
        std::string path;
        const auto from = std::find(stack.begin(), stack.end(), w);
        for (auto it = from; it != stack.end(); ++it) path += "`" + name(*it) + "` -> ";
        cx.Report(Error("E0601", fmt::format("{} defined in terms of itself: {}`{}`", what, path, name(w)), span(w)));
      } else if (state[w] == 0) {
        visit(w);
      }
    }
    stack.pop_back();
    state[v] = 2;
    order.push_back(v);
  };
  for (std::uint32_t v = 0; v < deps.size(); ++v) {
    if (state[v] == 0) visit(v);
  }
  return order;
}

}  // namespace

void OrderDefinitions(Context& cx) {
  Model& m = cx.model;
  // Classification dependencies, from the nodes themselves.
  std::vector<std::set<std::uint32_t>> eccn_deps(m.eccns.size());
  for (std::uint32_t e = 0; e < m.eccns.size(); ++e) {
    for (const auto r : m.eccns[e].rules) {
      CollectEccns(m, m.classify_rules[r].when, eccn_deps[e]);
      if (m.classify_rules[r].unless) CollectEccns(m, *m.classify_rules[r].unless, eccn_deps[e]);
    }
    for (const auto n : m.eccns[e].notes) CollectEccns(m, m.notes[n].when, eccn_deps[e]);
  }
  const auto eccn_order = TopoSort(
      cx, eccn_deps, [&](std::uint32_t i) { return m.eccns[i].name; },
      [&](std::uint32_t i) { return m.eccns[i].rules.empty() ? Span{} : m.classify_rules[m.eccns[i].rules[0]].info.span; },
      "classification");
  const auto metric_order = TopoSort(
      cx, cx.metric_deps, [&](std::uint32_t i) { return m.metrics[i].name; },
      [&](std::uint32_t i) { return m.metrics[i].span; }, "metric");
  if (HasErrors(cx.diagnostics)) return;

  // Renumber so the vectors themselves are in dependency order.
  std::vector<std::uint32_t> eccn_new(m.eccns.size());
  std::vector<EccnSym> eccns;
  for (const auto old : eccn_order) {
    eccn_new[old] = static_cast<std::uint32_t>(eccns.size());
    eccns.push_back(std::move(m.eccns[old]));
  }
  std::vector<std::uint32_t> metric_new(m.metrics.size());
  std::vector<MetricSym> metrics;
  for (const auto old : metric_order) {
    metric_new[old] = static_cast<std::uint32_t>(metrics.size());
    metrics.push_back(std::move(m.metrics[old]));
  }
  m.eccns = std::move(eccns);
  m.metrics = std::move(metrics);
  for (auto& n : m.nodes) {
    if (n.op == NodeOp::kEccn || n.op == NodeOp::kContains) n.index = eccn_new[n.index];
    if (n.op == NodeOp::kMetric) n.index = metric_new[n.index];
  }
  for (auto& r : m.classify_rules) r.eccn = eccn_new[r.eccn];
  for (auto& r : m.requirements) {
    for (auto& e : r.eccns) e = eccn_new[e];
  }
  for (auto& [name, index] : cx.eccns) index = eccn_new[index];
  for (auto& [name, index] : cx.metrics) index = metric_new[index];
  for (auto& ref : cx.eccn_refs) ref.eccn = eccn_new[ref.eccn];
}

}  // namespace chipgate::check
