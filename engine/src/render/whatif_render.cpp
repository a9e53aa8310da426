// What-if comparisons as text and JSON (see whatif_render.hpp). Rows are the catalog figures any
// variant has, the derived metrics, the classification and the decision; a `*` marks a row whose
// values differ between the variants.
#include <fmt/format.h>

#include <algorithm>

#include "render/cell_json.hpp"
#include "analysis/decision_cell.hpp"
#include "render/catalog_format.hpp"
#include "render/decision_json.hpp"
#include "render/decision_text.hpp"
#include "render/text_table.hpp"
#include "render/whatif_render.hpp"

namespace chipgate::render {
namespace {

std::string Opt(const std::optional<Rational>& r) { return r ? MetricText(r, 4) : "-"; }

std::string Joined(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : ", ") + p;
  return out.empty() ? "-" : out;
}

using Row = std::pair<std::string, std::vector<std::string>>;

std::vector<Row> Rows(const WhatIfView& v, const std::vector<Variant>& variants) {
  std::vector<Row> rows;
  auto add = [&](const std::string& name, auto value_of, bool skip_if_absent) {
    Row row{name, {}};
    bool any = false;
    for (const auto& var : variants) {
      row.second.push_back(value_of(var));
      any = any || row.second.back() != "-";
    }
    if (any || !skip_if_absent) rows.push_back(std::move(row));
  };
  for (std::size_t p = 0; p < kPrecisionCount; ++p) {
    add(fmt::format("dense_tops.{}", PrecisionKey(static_cast<Precision>(p))),
        [&](const Variant& x) { return Opt(x.item.dense_tops[p]); }, true);
  }
  for (const auto& info : NumberFields()) {
    add(std::string(info.key), [&](const Variant& x) { return Opt(x.item.number(info.field)); }, true);
  }
  add("datacenter", [](const Variant& x) { return x.item.datacenter ? (*x.item.datacenter ? "true" : "false") : "-"; }, false);
  for (std::size_t m = 0; m < variants.front().decision.metrics.size(); ++m) {
    add(variants.front().decision.metrics[m].name, [&](const Variant& x) { return Opt(x.decision.metrics[m].value); }, false);
  }
  add("classification", [](const Variant& x) { return Joined(x.decision.classifications); }, false);
  add("criteria", [](const Variant& x) { return Joined(x.decision.criteria); }, false);
  add("undecided", [](const Variant& x) { return Joined(x.decision.unknown_classifications); }, true);
  if (v.destination) {
    const std::string to = fmt::format("decision ({})", v.destination->ToString());
    add(to, [&](const Variant& x) { return CellCode(CellOf(x.decision, v.session.model), v.session.model); }, false);
  }
  return rows;
}

std::string ItemText(const WhatIfView& v, const std::vector<Variant>& variants) {
  const Item& item = variants.front().item;
  std::string out = fmt::format("What if: {} {} ({}) on {}", item.vendor, item.name, item.id, v.date.ToString());
  if (v.destination) out += fmt::format(", to {}; end user {}", CountryText(*v.destination), v.end_user.Describe());
  out += "\n";
  if (!v.edits.empty()) out += fmt::format("  changes (--set): {}\n", Joined(v.edits));
  out += "\n";
  std::vector<Column> columns = {{""}};
  for (const auto& var : variants) columns.push_back({var.label});
  columns.push_back({""});
  TextTable table(columns);
  for (auto& [name, values] : Rows(v, variants)) {
    // Compared against a copy: clang 14 cannot capture a structured binding in a lambda.
    const std::string& first = values.front();
    const bool differs = std::any_of(values.begin(), values.end(), [&first](const std::string& x) { return x != first; });
    std::vector<std::string> cells = {name};
    cells.insert(cells.end(), values.begin(), values.end());
    cells.push_back(differs ? "*" : "");
    table.AddRow(std::move(cells));
  }
  out += table.Render();
  if (v.destination) {
    out += "\n";
    for (const auto& var : variants) {
      out += fmt::format("  {}: {}\n", var.label, CellDescription(CellOf(var.decision, v.session.model), v.session.model));
    }
  }
  out += "  (* = differs between the variants)\n";
  return out;
}

void WriteItemJson(JsonWriter& w, const WhatIfView& v, const std::vector<Variant>& variants) {
  w.BeginObject().Field("item", variants.front().item.id).StringArray("edits", v.edits).Key("variants").BeginArray();
  for (const auto& var : variants) {
    w.BeginObject().Field("label", var.label).Key("figures").BeginObject();
    for (const auto& info : NumberFields()) {
      if (const auto& x = var.item.number(info.field)) w.Key(info.key).Number(x->ToString(6));
    }
    for (std::size_t p = 0; p < kPrecisionCount; ++p) {
      if (const auto& x = var.item.dense_tops[p]) w.Key(fmt::format("dense_tops.{}", PrecisionKey(static_cast<Precision>(p)))).Number(x->ToString(6));
    }
    w.Key("datacenter");
    if (var.item.datacenter) {
      w.Bool(*var.item.datacenter);
    } else {
      w.Null();
    }
    w.EndObject().Key("metrics").BeginObject();
    for (const auto& m : var.decision.metrics) {
      w.Key(m.name);
      if (m.value) {
        w.Number(m.value->ToString(6));
      } else {
        w.Null();
      }
    }
    w.EndObject().StringArray("classifications", var.decision.classifications).StringArray("criteria", var.decision.criteria);
    w.StringArray("undecided", var.decision.unknown_classifications);
    if (v.destination) {
      w.Key("decision").BeginObject().Field("destination", v.destination->ToString());
      WriteCellFields(w, CellOf(var.decision, v.session.model), v.session.model);
      w.EndObject();
    }
    w.EndObject();
  }
  w.EndArray().EndObject();
}

}  // namespace

std::string WhatIfText(const WhatIfView& v, const std::vector<std::vector<Variant>>& items) {
  std::string out;
  for (const auto& variants : items) out += ItemText(v, variants) + "\n";
  return out;
}

std::string WhatIfJson(const WhatIfView& v, const std::vector<std::vector<Variant>>& items) {
  JsonWriter w;
  w.BeginObject().Field("date", v.date.ToString()).Key("items").BeginArray();
  for (const auto& variants : items) WriteItemJson(w, v, variants);
  w.EndArray().Key("destination");
  if (v.destination) {
    w.String(v.destination->ToString()).Field("end_user_hq_assumption", v.end_user.Key());
  } else {
    w.Null();
  }
  WriteProvenanceJson(w, v.session);
  w.EndObject();
  return w.str() + "\n";
}

}  // namespace chipgate::render
