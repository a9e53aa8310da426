// The rules index as JSON (see rules_json.hpp).
#include "render/rules_json.hpp"

#include "report/rules_index.hpp"
#include "text/json.hpp"

namespace chipgate::render {
namespace {

void OptionalDate(JsonWriter& w, std::string_view key, const std::optional<Date>& d) {
  w.Key(key);
  if (d) {
    w.String(d->ToString());
  } else {
    w.Null();
  }
}

void Rule(JsonWriter& w, const char* kind, const RuleInfo& r, Date as_of) {
  w.BeginObject().Field("kind", kind).Field("id", r.id).Field("title", r.title);
  w.Field("from", r.in_force.from.ToString());
  // `until` in the rule files is the first day a rule no longer applies; `last_day` the last it did.
  OptionalDate(w, "last_day", r.in_force.until ? std::optional<Date>(r.in_force.until->AddDays(-1)) : std::nullopt);
  w.Field("status", RuleStatusOn(r, as_of)).StringArray("cites", r.cites).Field("file", r.file);
  w.EndObject();
}

void Rules(JsonWriter& w, const Model& m, Date as_of) {
  w.Key("rules").BeginArray();
  for (const auto& r : m.classify_rules) Rule(w, "classification", r.info, as_of);
  for (const auto& r : m.notes) Rule(w, "note", r.info, as_of);
  for (const auto& r : m.requirements) Rule(w, "requirement", r.info, as_of);
  for (const auto& r : m.overrides) Rule(w, "review_override", r.info, as_of);
  for (const auto& r : m.exceptions) Rule(w, "exception", r.info, as_of);
  w.EndArray();
}

void Groups(JsonWriter& w, const Model& m, Date as_of) {
  w.Key("groups").BeginArray();
  for (const auto& g : m.groups) {
    std::vector<std::string> members;
    for (const auto& member : g.members) {
      if (member.interval.Contains(as_of)) members.push_back(member.country.ToString());
    }
    w.BeginObject().Field("name", g.name).Field("title", g.title).StringArray("members", members).StringArray("cites", g.cites).EndObject();
  }
  w.EndArray();
}

}  // namespace

std::string RulesIndexJson(const Model& model, Date as_of) {
  JsonWriter w;
  w.BeginObject().Field("as_of", as_of.ToString());
  OptionalDate(w, "coverage_from", model.coverage_from);
  OptionalDate(w, "current_to", model.current_to);
  w.Field("rules_hash", model.rules_hash);
  Rules(w, model, as_of);
  Groups(w, model, as_of);
  w.EndObject();
  return w.str() + "\n";
}

}  // namespace chipgate::render
