// Headroom as JSON (see headroom_render.hpp). Numbers are exact decimals (six places at most);
// every flip carries both outcomes and the value one step back that was checked.
#include <fmt/format.h>

#include "render/cell_json.hpp"
#include "render/decision_json.hpp"
#include "render/headroom_render.hpp"

namespace chipgate::render {
namespace {

std::string Dec(const Rational& r) { return r.ToString(6); }

void OutcomeJson(JsonWriter& w, const FlipOutcome& o, const Model& m) {
  w.BeginObject().StringArray("classifications", o.classifications).StringArray("criteria", o.criteria);
  w.StringArray("undecided", o.undecided);
  if (o.cell) {
    w.Key("decision").BeginObject();
    WriteCellFields(w, *o.cell, m);
    w.EndObject();
  }
  w.EndObject();
}

void FlipsJson(JsonWriter& w, const char* key, const std::vector<Flip>& flips, const Model& m) {
  w.Key(key).BeginArray();
  for (const auto& f : flips) {
    w.BeginObject().Field("spec", f.spec.Name()).Field("direction", f.up ? "up" : "down").Field("unit", f.spec.Unit());
    if (f.spec.kind == Spec::Kind::kDatacenter) {
      w.Key("from");
      if (f.from_known) {
        w.Bool(!f.from.IsZero());
      } else {
        w.Null();
      }
      w.Key("to").Bool(!f.to.IsZero());
    } else {
      w.Key("from").Number(Dec(f.from)).Key("to").Number(Dec(f.to)).Key("change").Number(Dec(*Rational::Sub(f.to, f.from)));
      w.Key("step_back").Number(Dec(f.step_back)).Field("crossing", f.crossing);
    }
    w.Field("verified", true).Key("before");
    OutcomeJson(w, f.before, m);
    w.Key("after");
    OutcomeJson(w, f.after, m);
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace

void WriteHeadroomJson(JsonWriter& w, const HeadroomReport& r, const EngineState& s, const EndUserChoice& end_user) {
  w.BeginObject().Field("item", r.item).Field("date", r.date.ToString());
  w.Key("destination");
  if (r.destination) {
    w.String(r.destination->ToString()).Field("end_user_hq_assumption", end_user.Key());
  } else {
    w.Null();
  }
  w.Key("current");
  OutcomeJson(w, r.current, s.model);
  w.Key("metrics").BeginObject();
  for (const auto& m : r.metrics) {
    w.Key(m.name);
    if (m.value) {
      w.Number(Dec(*m.value));
    } else {
      w.Null();
    }
  }
  w.EndObject();
  w.Key("thresholds").BeginArray();
  for (const auto& t : r.thresholds) {
    w.BeginObject().Field("section", ExplainSectionTitle(t.section)).Field("rule_id", t.rule_id).Field("paragraph", t.paragraph);
    w.Field("quantity", t.quantity).Field("op", CmpOpText(t.op)).Key("threshold").Number(Dec(t.limit));
    w.Key("value").Number(Dec(t.value)).Key("margin").Number(Dec(*Rational::Sub(t.value, t.limit)));
    w.Field("unit", t.unit).Field("holds", t.holds);
    std::vector<std::string> specs;
    for (const auto& spec : t.specs) specs.push_back(spec.Name());
    w.StringArray("specs", specs).EndObject();
  }
  w.EndArray();
  w.Key("steps").BeginObject();
  for (const auto& spec : r.specs) {
    if (spec.kind != Spec::Kind::kDatacenter) w.Key(spec.Name()).Number(Dec(SpecStep(spec)));
  }
  w.EndObject();
  FlipsJson(w, "classification_flips", r.classification_flips, s.model);
  if (r.destination) FlipsJson(w, "decision_flips", r.decision_flips, s.model);
  w.StringArray("notes", r.notes);
  w.Key("evaluations").Int(static_cast<long long>(r.evaluations));
  WriteProvenanceJson(w, s);
  w.EndObject();
}

}  // namespace chipgate::render
