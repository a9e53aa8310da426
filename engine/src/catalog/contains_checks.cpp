// Unknown contained items and containment cycles (see contains_checks.hpp).
#include "catalog/contains_checks.hpp"

#include <fmt/format.h>

#include "catalog/catalog_codes.hpp"
#include "text/spelling.hpp"

namespace chipgate::catalog_detail {
namespace {

using ItemMap = std::map<std::string, Item>;

void CheckKnown(const ItemMap& items, const Item& system, std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string_view> ids;
  for (const Contained& c : system.contains) {
    if (items.count(c.item) > 0) continue;
    Diagnostic d = Error(codes::kUnknownContained,
                         fmt::format("`contains.item` names unknown item `{}`", c.item), c.span);
    if (ids.empty()) {
      for (const auto& [id, item] : items) ids.push_back(id);
    }
    if (auto guess = ClosestMatch(c.item, ids)) d.help = fmt::format("did you mean `{}`?", *guess);
    diagnostics.push_back(std::move(d));
  }
}

enum class Visit : std::uint8_t { kNew, kOnPath, kDone };

// Depth-first walk from `start` with an explicit stack (no recursion, however deep the nesting);
// reports each back edge as a cycle at the `contains` entry that closes it.
void FindCycles(const ItemMap& items, const Item& start, std::map<std::string_view, Visit>& state,
                std::vector<Diagnostic>& diagnostics) {
  struct Frame {
    const Item* item;
    std::size_t next;
  };
  std::vector<Frame> path = {{&start, 0}};
  state[start.id] = Visit::kOnPath;
  while (!path.empty()) {
    Frame& top = path.back();
    if (top.next == top.item->contains.size()) {
      state[top.item->id] = Visit::kDone;
      path.pop_back();
      continue;
    }
    const Contained& edge = top.item->contains[top.next++];
    const auto child = items.find(edge.item);
    if (child == items.end()) continue;  // CheckKnown reports it
    Visit& seen = state[child->first];
    if (seen == Visit::kNew) {
      seen = Visit::kOnPath;
      path.push_back({&child->second, 0});
    } else if (seen == Visit::kOnPath) {
      std::string chain;
      bool on_cycle = false;
      for (const Frame& f : path) {
        on_cycle = on_cycle || f.item->id == edge.item;
        if (on_cycle) chain += fmt::format("`{}` → ", f.item->id);
      }
      Diagnostic d = Error(codes::kContainsCycle,
                           fmt::format("`contains` cycle: {}`{}`", chain, edge.item), edge.span);
      d.help = "an item cannot contain itself, directly or through other items";
      diagnostics.push_back(std::move(d));
    }
  }
}

}  // namespace

void CheckContains(const ItemMap& items, std::vector<Diagnostic>& diagnostics) {
  std::map<std::string_view, Visit> state;
  for (const auto& [id, item] : items) {
    CheckKnown(items, item, diagnostics);
    if (state[id] == Visit::kNew) FindCycles(items, item, state, diagnostics);
  }
}

}  // namespace chipgate::catalog_detail
