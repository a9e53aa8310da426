// The JSON of what a decision checked and ruled out (see checked_render.hpp). The keys follow
// the decision's "reasons" (rule_id, kind, text, holds, citation, citations, status) so a
// script reads a rule that applied and one that did not the same way.
#include "explain/checked.hpp"
#include "render/checked_render.hpp"
#include "render/decision_json.hpp"

namespace chipgate::render {
namespace {

const char* FactKindKey(ExplainKind k) {
  switch (k) {
    case ExplainKind::kComparison: return "comparison";
    case ExplainKind::kMembership: return "membership";
    case ExplainKind::kAttribute: return "attribute";
    case ExplainKind::kKindTest: return "kind_test";
    case ExplainKind::kReference: return "reference";
    case ExplainKind::kLetter: return "letter";
    case ExplainKind::kSection:
    case ExplainKind::kEccn:
    case ExplainKind::kRule:
    case ExplainKind::kCondition: break;
  }
  return "condition";
}

std::optional<CountryCode> InputCountry(const Decision& d, Input input) {
  switch (input) {
    case Input::kDestination: return d.destination;
    case Input::kEndUserHq: return d.end_user_hq;
    case Input::kExporterHq: return d.exporter_hq;
    default: return std::nullopt;
  }
}

// {input, country, set}: which query country was tested against which group or set (the set
// as written in the rule). The test itself reads the country as treated on the date (Hong Kong
// as China); `destination_treated_as` says when that happened.
void MembershipJson(JsonWriter& w, const Model& model, const Decision& d, const Explanation& fact) {
  if (fact.node == kNoNode) return;
  const Node& in = model.node(fact.node);
  if (in.op != NodeOp::kIn || in.children.size() != 2) return;
  const Node& lhs = model.node(in.children[0]);
  if (lhs.op != NodeOp::kInput) return;
  const auto input = static_cast<Input>(lhs.index);
  w.Key("membership").BeginObject().Field("input", InputName(input)).Key("country");
  if (const auto c = InputCountry(d, input)) {
    w.String(c->ToString());
  } else {
    w.Null();
  }
  w.Field("set", model.node(in.children[1]).source).Key("member").Bool(fact.value == Tri::kTrue).EndObject();
}

void Holds(JsonWriter& w, Tri t) {
  w.Key("holds");
  if (t == Tri::kUnknown) {
    w.Null();
  } else {
    w.Bool(t == Tri::kTrue);
  }
}

void FactJson(JsonWriter& w, const Model& model, const Decision& d, const Explanation& fact) {
  w.BeginObject().Field("kind", FactKindKey(fact.kind)).Field("expression", fact.label);
  Holds(w, fact.value);
  w.Field("detail", FactText(model, fact));
  if (fact.comparison) {
    w.Key("comparison");
    WriteComparisonJson(w, *fact.comparison);
  }
  if (fact.kind == ExplainKind::kMembership) MembershipJson(w, model, d, fact);
  if (!fact.missing.empty()) w.StringArray("missing", fact.missing);
  w.EndObject();
}

void RuleFields(JsonWriter& w, const RuleInfo& info, const char* kind) {
  w.Field("rule_id", info.id).Field("kind", kind).Field("text", info.title);
  w.Field("citation", info.cites.empty() ? std::string() : info.cites.front()).StringArray("citations", info.cites);
  if (info.status != RuleStatus::kInForce) w.Field("status", RuleStatusName(info.status));
}

long long Count(std::size_t n) { return static_cast<long long>(n); }

void RequirementsJson(JsonWriter& w, const Model& model, const Decision& d) {
  const explain::RequirementsChecked checked = explain::CheckedRequirements(model, d);
  w.Key("requirements_checked").BeginObject().Key("not_applied").BeginArray();
  for (const auto& n : checked.not_applied) {
    w.BeginObject();
    RuleFields(w, model.Info(n.rule), "requirement");
    w.Field("holds", "false").Key("failed").BeginArray();
    for (const Explanation* f : n.facts) FactJson(w, model, d, *f);
    w.EndArray().EndObject();
  }
  w.EndArray();
  w.Key("applied").Int(Count(checked.applied)).Key("conditions").Int(Count(checked.conditions));
  w.Key("not_for_item").Int(Count(checked.not_for_item)).Key("not_in_force").Int(Count(checked.not_in_force)).EndObject();
}

void ThresholdsJson(JsonWriter& w, const Model& model, const Decision& d) {
  w.Key("thresholds_missed").BeginArray();
  for (const auto& m : explain::MissedThresholds(model, d)) {
    w.BeginObject();
    RuleFields(w, model.Info(m.rule), "classification");
    w.Field("eccn", model.eccns[m.eccn].name).Field("holds", m.node->value == Tri::kUnknown ? "unknown" : "false");
    w.Key("tests").BeginArray();
    for (const Explanation* c : m.comparisons) FactJson(w, model, d, *c);
    w.EndArray().EndObject();
  }
  w.EndArray();
}

}  // namespace

void WriteCheckedRulesJson(JsonWriter& w, const Model& model, const Decision& d) {
  RequirementsJson(w, model, d);
  ThresholdsJson(w, model, d);
}

}  // namespace chipgate::render
