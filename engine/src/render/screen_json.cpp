// The matrix as JSON (see screen_render.hpp): an array of rows, each with one object per
// destination using `chipgate check`'s key names, plus per-group counts. Merged columns are
// written out per destination: JSON is for tools, which should not have to undo the merge.
#include "render/cell_json.hpp"
#include "text/json.hpp"
#include "render/decision_json.hpp"
#include "render/screen_render.hpp"

namespace chipgate::render {
namespace {

std::vector<std::string> Names(const Model& model, const std::vector<std::uint32_t>& eccns) {
  std::vector<std::string> out;
  for (const auto e : eccns) out.push_back(model.eccns[e].name);
  return out;
}

void Row(JsonWriter& w, const ScreenView& v, std::size_t r) {
  const ScreenMatrix& m = v.matrix;
  const Model& model = v.session.model;
  const Item& item = v.session.catalog.items()[m.rows[r]];
  w.BeginObject().Field("item", item.id).Field("vendor", item.vendor).Field("name", item.name).Field("kind", ItemKindKey(item.kind));
  w.StringArray("classifications", Names(model, m.classified[r])).StringArray("undecided", Names(model, m.undecided[r]));
  w.Key("destinations").BeginArray();
  for (std::size_t c = 0; c < m.columns.size(); ++c) {
    const ScreenColumn& col = m.columns[c];
    const auto cells = m.At(r, c);
    for (std::size_t i = 0; i < col.members.size(); ++i) {
      w.BeginObject().Field("destination", col.members[i].ToString());
      if (col.is_group) w.Field("group", col.label);
      WriteCellFields(w, cells[col.merged ? 0 : i], model);
      w.EndObject();
    }
  }
  w.EndArray();
  w.Key("groups").BeginArray();
  for (std::size_t c = 0; c < m.columns.size(); ++c) {
    if (!m.columns[c].is_group) continue;
    w.BeginObject().Field("group", m.columns[c].label).Key("counts").BeginObject();
    for (const auto& [code, count] : CountCodes(m.At(r, c), model)) w.Key(code).Int(static_cast<long long>(count));
    w.EndObject().EndObject();
  }
  w.EndArray().EndObject();
}

}  // namespace

std::string ScreenJson(const ScreenView& v) {
  JsonWriter w;
  w.BeginObject().Field("date", v.date.ToString()).Field("end_user_hq", v.end_user.Key()).Key("exporter_hq");
  if (v.exporter_hq) {
    w.String(v.exporter_hq->ToString());
  } else {
    w.Null();
  }
  w.Key("columns").BeginArray();
  for (const auto& c : v.matrix.columns) {
    std::vector<std::string> members;
    for (const auto d : c.members) members.push_back(d.ToString());
    w.BeginObject().Field("label", c.label).Field("group", c.is_group).StringArray("members", members).EndObject();
  }
  w.EndArray().Key("rows").BeginArray();
  for (std::size_t r = 0; r < v.matrix.rows.size(); ++r) Row(w, v, r);
  w.EndArray().Key("legend").BeginObject();
  for (const auto& [code, meaning] : CellLegend()) w.Field(code, meaning);
  w.EndObject();
  WriteProvenanceJson(w, v.session);
  w.EndObject();
  return w.Take() + "\n";
}

}  // namespace chipgate::render
