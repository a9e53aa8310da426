// A diff as text and JSON (see diff_render.hpp). Text: the causes, numbered; then per product its
// classification change and its destinations, those with the same change and causes on one
// line; then per cause the products it touches. Everything is sorted and contains no timings,
// so the same inputs give the same bytes.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "render/cell_json.hpp"
#include "render/cell_text.hpp"
#include "render/diff_render.hpp"

namespace chipgate::render {
namespace {

// "[1] [4] via ear.744.23.a.3, ear.740.8.aca"
std::string Refs(const std::vector<std::size_t>& causes, const std::vector<std::string>& via) {
  std::string out;
  for (const auto c : causes) out += fmt::format("{}[{}]", out.empty() ? "" : " ", c + 1);
  if (out.empty()) out = "[cause not identified]";
  std::string rules;
  for (const auto& r : via) rules += (rules.empty() ? "" : ", ") + r;
  return rules.empty() ? out : out + " via " + rules;
}

// "3A090.a [3A090.a.1, 3A090.a.2], undecided: 3A090.c" from the flat list of the report.
std::string Classes(const std::vector<std::string>& names, const Model& m) {
  std::string paragraphs;
  std::string criteria;
  std::string undecided;
  for (const auto& n : names) {
    const auto e = m.FindEccn(n);
    std::string& part = n.front() == '?' ? undecided : e && m.eccns[*e].is_criterion ? criteria : paragraphs;
    part += (part.empty() ? "" : ", ") + (n.front() == '?' ? n.substr(1) : n);
  }
  std::string out = paragraphs.empty() ? "none" : paragraphs;
  if (!criteria.empty()) out += " [" + criteria + "]";
  if (!undecided.empty()) out += ", undecided: " + undecided;
  return out;
}

// Destinations with the same (before, after, causes), in code order of their first member.
struct Run {
  std::string change;
  std::vector<std::size_t> causes;
  std::vector<std::string> via;
  std::vector<std::string> destinations;
};

std::vector<Run> Runs(const DiffView& v, const ItemChange& item) {
  std::vector<Run> runs;
  for (const auto& d : item.destinations) {
    const std::string change = CellChangeText(d.before, v.model_a, d.after, v.model_b);
    auto it = std::find_if(runs.begin(), runs.end(), [&](const Run& r) { return r.change == change && r.causes == d.causes && r.via == d.via; });
    if (it == runs.end()) {
      runs.push_back({change, d.causes, d.via, {}});
      it = runs.end() - 1;
    }
    it->destinations.push_back(d.destination.ToString());
  }
  return runs;
}

}  // namespace

std::string DiffText(const DiffView& v) {
  const DiffReport& r = v.report;
  std::string out = fmt::format("chipgate diff: {} -> {}\n", v.label_a, v.label_b);
  out += fmt::format("{} products x {} destinations; end user {}; catalog sha256 {}\n", r.products, r.destinations, v.end_user.Describe(),
                     v.catalog_hash.substr(0, 16));
  out += "\nCauses (differences in the rules; * = behind at least one change below)\n";
  for (std::size_t i = 0; i < r.causes.size(); ++i) {
    out += fmt::format("  [{}]{} {}\n", i + 1, r.causes[i].used ? "*" : " ", r.causes[i].text);
  }
  if (r.causes.empty()) out += "  none\n";
  out += fmt::format("\nChanges by product ({} of {})\n", r.items.size(), r.products);
  for (const auto& item : r.items) {
    const Item* it = v.catalog.Find(item.item);
    out += fmt::format("  {} ({} {})\n", item.item, it->vendor, it->name);
    if (item.ClassificationChanged()) {
      out += fmt::format("    classification: {} -> {}  {}\n", Classes(item.classifications_before, v.model_a), Classes(item.classifications_after, v.model_b),
                         Refs(item.classification_causes, item.classification_via));
    }
    for (const auto& run : Runs(v, item)) {
      std::string codes;
      for (const auto& d : run.destinations) codes += (codes.empty() ? "" : " ") + d;
      out += fmt::format("    {}: {}  {}\n", codes, run.change, Refs(run.causes, run.via));
    }
  }
  if (r.items.empty()) out += "  none: every classification and decision is the same on both sides\n";
  out += "\nChanges by cause\n";
  bool any = false;
  for (std::size_t i = 0; i < r.causes.size(); ++i) {
    std::vector<std::string> products;
    std::size_t destinations = 0;
    for (const auto& item : r.items) {
      bool touched = std::find(item.classification_causes.begin(), item.classification_causes.end(), i) != item.classification_causes.end();
      for (const auto& d : item.destinations) {
        const bool here = std::find(d.causes.begin(), d.causes.end(), i) != d.causes.end();
        destinations += here ? 1 : 0;
        touched = touched || here;
      }
      if (touched) products.push_back(item.item);
    }
    if (products.empty()) continue;
    any = true;
    std::string list;
    for (const auto& p : products) list += (list.empty() ? "" : ", ") + p;
    out += fmt::format("  [{}] {} product{}, {} decision{}: {}\n", i + 1, products.size(), products.size() == 1 ? "" : "s", destinations,
                       destinations == 1 ? "" : "s", list);
  }
  if (!any) out += "  none\n";
  return out;
}

std::string DiffJson(const DiffView& v) {
  const DiffReport& r = v.report;
  JsonWriter w;
  w.BeginObject().Field("from", v.label_a).Field("to", v.label_b).Field("end_user_hq", v.end_user.Key());
  w.Key("products").Int(static_cast<long long>(r.products)).Key("destinations").Int(static_cast<long long>(r.destinations));
  w.Key("causes").BeginArray();
  static const char* const kKinds[] = {"rule_force", "membership", "treat", "rule_added", "rule_removed", "rule_edited", "definition"};
  for (std::size_t i = 0; i < r.causes.size(); ++i) {
    const Cause& c = r.causes[i];
    w.BeginObject().Key("index").Int(static_cast<long long>(i + 1)).Field("kind", kKinds[static_cast<std::size_t>(c.kind)]).Field("id", c.id);
    if (c.country) w.Field("country", c.country->ToString());
    w.Field("on_to_side", c.on_b).Field("text", c.text).StringArray("citations", c.cites).Field("used", c.used).EndObject();
  }
  w.EndArray().Key("items").BeginArray();
  auto refs = [&](const std::vector<std::size_t>& causes) {
    w.Key("causes").BeginArray();
    for (const auto c : causes) w.Int(static_cast<long long>(c + 1));
    w.EndArray();
  };
  for (const auto& item : r.items) {
    w.BeginObject().Field("item", item.item);
    if (item.ClassificationChanged()) {
      w.Key("classification").BeginObject().StringArray("before", item.classifications_before).StringArray("after", item.classifications_after);
      refs(item.classification_causes);
      w.StringArray("via", item.classification_via).EndObject();
    }
    w.Key("destinations").BeginArray();
    for (const auto& d : item.destinations) {
      w.BeginObject().Field("destination", d.destination.ToString()).Key("before").BeginObject();
      WriteCellFields(w, d.before, v.model_a);
      w.EndObject().Key("after").BeginObject();
      WriteCellFields(w, d.after, v.model_b);
      w.EndObject();
      refs(d.causes);
      w.StringArray("via", d.via).EndObject();
    }
    w.EndArray().EndObject();
  }
  w.EndArray().EndObject();
  return w.Take() + "\n";
}

}  // namespace chipgate::render
