// JSON rendering of decisions (see decision_json.hpp).
#include "render/decision_json.hpp"

#include <fmt/format.h>

#include "chipgate/decision.hpp"
#include "decide/classification_basis.hpp"
#include "render/answer.hpp"
#include "render/checked_render.hpp"
#include "render/claim_render.hpp"
#include "render/reason_text.hpp"

namespace chipgate::render {
namespace {

void OptionalCountry(JsonWriter& w, const char* key, const std::optional<CountryCode>& c) {
  w.Key(key);
  if (c) {
    w.String(c->ToString());
  } else {
    w.Null();
  }
}

void OptionalNumber(JsonWriter& w, const std::optional<Rational>& r) {
  if (r) {
    w.Number(r->ToString(6));
  } else {
    w.Null();
  }
}

void Metrics(JsonWriter& w, const Decision& d) {
  w.Key("metrics").BeginArray();
  for (const auto& m : d.metrics) {
    w.BeginObject().Field("name", m.name).Field("title", m.title).Key("value");
    if (m.value) {
      w.Number(m.value->ToString(6));
    } else {
      w.Null();
    }
    w.Field("unit", m.unit).Field("arithmetic", m.arithmetic).StringArray("missing", m.missing).EndObject();
  }
  w.EndArray();
}

void ItemFields(JsonWriter& w, const Decision& d, const EngineState& s) {
  w.Field("item", d.item);
  if (const Item* item = s.catalog.Find(d.item)) w.Field("item_name", item->name).Field("vendor", item->vendor);
  w.Field("date", d.date.ToString());
}

// Per classification, what it rests on: the catalog figures, the vendor's statement, or both.
void ClassificationBasisJson(JsonWriter& w, const Decision& d, const EngineState& s) {
  const Item* item = s.catalog.Find(d.item);
  w.Key("classification_basis").BeginArray();
  for (const auto& b : decide::ClassificationBases(d, s.model, item != nullptr ? item->vendor_eccn_source : std::string())) {
    w.BeginObject().Field("eccn", b.eccn).Field("basis", ClassificationBasisKey(b.basis)).Key("source");
    if (b.source.empty()) {
      w.Null();
    } else {
      w.String(b.source);
    }
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace

void WriteTristateJson(JsonWriter& w, std::string_view key, Tri t) {
  w.Key(key);
  if (t == Tri::kUnknown) {
    w.Null();
  } else {
    w.Bool(t == Tri::kTrue);
  }
}

void WriteReviewPolicyJson(JsonWriter& w, Tri license_required, ReviewPolicy review, bool review_known) {
  w.Key("review_policy");
  if (license_required == Tri::kFalse || review == ReviewPolicy::kNone || !review_known) {
    w.Null();
  } else {
    w.String(ReviewPolicyName(review));
  }
}

void WriteReasonsJson(JsonWriter& w, const Model& m, std::span<const Reason> reasons, std::span<const PartyHit> parties) {
  w.Key("reasons").BeginArray();
  for (const auto& r : reasons) {
    const std::span<const std::string> cites = render::ReasonCiteView(m, r, parties);
    w.BeginObject().Field("rule_id", render::ReasonRuleId(m, r, parties)).Field("kind", ReasonKindKey(r.kind));
    w.Field("text", render::ReasonText(m, r, parties));
    if (r.kind == ReasonKind::kRequirement || r.kind == ReasonKind::kException) w.Field("holds", r.state == Tri::kTrue ? "true" : "unknown");
    w.Field("citation", cites.empty() ? std::string_view() : std::string_view(cites.front()));
    w.StringArray("citations", cites);
    if (const std::string status = render::ReasonStatus(m, r); !status.empty()) w.Field("status", status);
    w.EndObject();
  }
  w.EndArray();
}

void WriteComparisonJson(JsonWriter& w, const Comparison& c) {
  w.BeginObject().Field("lhs", c.lhs_text).Key("lhs_value");
  OptionalNumber(w, c.lhs);
  w.Field("op", CmpOpText(c.op)).Field("rhs", c.rhs_text).Key("rhs_value");
  OptionalNumber(w, c.rhs);
  w.Field("unit", c.unit).Key("margin");
  std::optional<Rational> margin;
  if (c.lhs && c.rhs) margin = Rational::Sub(*c.lhs, *c.rhs);  // empty on overflow
  OptionalNumber(w, margin);
  w.EndObject();
}

void WriteExplanationJson(JsonWriter& w, const Explanation& e) {
  w.BeginObject().Field("label", e.label).Key("value");
  if (e.value == Tri::kUnknown) {
    w.String("unknown");
  } else {
    w.Bool(e.value == Tri::kTrue);
  }
  if (!e.detail.empty()) w.Field("detail", e.detail);
  if (e.comparison && e.comparison->lhs && e.comparison->rhs) {
    w.Key("comparison");
    WriteComparisonJson(w, *e.comparison);
  }
  if (!e.rule_id.empty()) w.Field("rule_id", e.rule_id);
  if (!e.cites.empty()) w.StringArray("citations", e.cites);
  if (!e.missing.empty()) w.StringArray("missing", e.missing);
  if (!e.children.empty()) {
    w.Key("children").BeginArray();
    for (const auto& c : e.children) WriteExplanationJson(w, c);
    w.EndArray();
  }
  w.EndObject();
}

void WriteProvenanceJson(JsonWriter& w, const EngineState& s, bool with_party_lists) {
  w.Key("provenance");
  if (!with_party_lists && w.indent() == kProvenanceIndent && w.depth() == kProvenanceDepth) {
    w.Raw(s.ProvenanceJson());
    return;
  }
  WriteProvenanceValue(w, s, with_party_lists);
}

void WriteProvenanceValue(JsonWriter& w, const EngineState& s, bool with_party_lists) {
  const Provenance& p = s.provenance;
  w.BeginObject();
  w.Field("rules_hash", p.rules_hash).Field("catalog_hash", p.catalog_hash).Field("chipgate_version", p.version);
  w.Key("rule_files").BeginArray();
  for (const auto& f : p.rule_files) w.BeginObject().Field("path", f.path).Field("sha256", f.sha256).EndObject();
  w.EndArray();
  w.Key("params");
  WriteParamsJson(w, s.model, s.params);
  if (with_party_lists) {
    w.Key("party_lists").BeginArray();
    for (const auto& f : s.parties->ListFiles()) {
      w.BeginObject().Field("path", f.path).Field("sha256", f.sha256).Field("list_date", f.list_date).EndObject();
    }
    w.EndArray();
  }
  w.EndObject();
}

void WriteParamsJson(JsonWriter& w, const Model& model, const ParamValues& params) {
  w.BeginObject();
  for (std::size_t i = 0; i < model.params.size(); ++i) {
    const ParamSym& p = model.params[i];
    w.Key(p.name);
    if (p.type == Type::kBool) {
      w.Bool(params.bools[i]);
    } else {
      w.Number(params.numbers[i].ToString(6));
    }
  }
  w.EndObject();
}

void WriteClassificationJson(JsonWriter& w, const Decision& d, const EngineState& s, bool with_explanation) {
  w.BeginObject();
  ItemFields(w, d, s);
  w.StringArray("classifications", d.classifications).StringArray("criteria", d.criteria);
  w.StringArray("unknown_classifications", d.unknown_classifications);
  ClassificationBasisJson(w, d, s);
  Metrics(w, d);
  if (!d.explanation.children.empty()) {
    w.Key("thresholds").BeginArray();
    std::vector<const Explanation*> stack = {d.explanation.Section(ExplainSection::kClassification)};
    while (!stack.empty()) {
      const Explanation* e = stack.back();
      stack.pop_back();
      if (e->comparison && e->comparison->lhs && e->comparison->rhs) {
        const auto margin = Rational::Sub(*e->comparison->lhs, *e->comparison->rhs);
        w.BeginObject().Field("test", e->label).Field("holds", e->value == Tri::kTrue);
        w.Key("value").Number(e->comparison->lhs->ToString(6)).Key("threshold").Number(e->comparison->rhs->ToString(6));
        if (margin) w.Key("margin").Number(margin->ToString(6));
        w.EndObject();
      }
      for (auto it = e->children.rbegin(); it != e->children.rend(); ++it) stack.push_back(&*it);
    }
    w.EndArray();
  }
  WriteReasonsJson(w, s.model, d.reasons, d.party_hits);
  if (with_explanation) {
    w.Key("explanation");
    WriteExplanationJson(w, d.explanation);
  }
  w.EndObject();
}

void WriteDecisionJson(JsonWriter& w, const Decision& d, const EngineState& s, bool with_explanation) {
  w.BeginObject();
  ItemFields(w, d, s);
  w.Field("destination", d.destination.ToString());
  OptionalCountry(w, "destination_treated_as", d.destination_treated_as);
  OptionalCountry(w, "end_user_hq", d.end_user_hq);
  OptionalCountry(w, "exporter_hq", d.exporter_hq);
  w.Field("status", d.determined ? "determined" : "indeterminate");
  w.Field("outcome", std::string(OutcomeKey(d.outcome)));
  w.StringArray("classifications", d.classifications).StringArray("criteria", d.criteria);
  ClassificationBasisJson(w, d, s);
  WriteTristateJson(w, "license_required", d.license_required);
  WriteReviewPolicyJson(w, d.license_required, d.review, d.review_known);
  w.StringArray("license_exceptions", d.AvailableExceptions());
  w.Key("exceptions").BeginArray();
  for (const auto& x : d.exceptions) {
    w.BeginObject().Field("code", x.code).Field("rule_id", x.rule_id).Field("title", x.title);
    w.Key("available");
    if (x.available == Tri::kTrue) {
      w.Bool(true);
    } else {
      w.String("unknown");
    }
    w.Field("requires", x.requires_text).StringArray("citations", x.cites).EndObject();
  }
  w.EndArray();
  WriteReasonsJson(w, s.model, d.reasons, d.party_hits);
  // What was ruled out is read from the explanation tree, so it comes with it (`--explain`):
  // the fast path, which `check --format json` and the server use, records no tree.
  if (with_explanation && d.explanation.Section(ExplainSection::kRequirements) != nullptr) WriteCheckedRulesJson(w, s.model, d);
  w.StringArray("missing", d.missing);
  w.Key("parties_screened").Bool(d.parties_screened);
  w.Key("parties").BeginArray();
  for (const auto& h : d.party_hits) {
    w.BeginObject().Field("role", std::string(PartyRoleKey(h.role))).Field("name", h.queried).Field("entry", h.entry);
    w.Field("matched", h.matched).Field("list", h.list).Key("score").Number(fmt::format("{:.4f}", h.score));
    w.Field("decision", h.match ? "match" : "review").Key("via_owner").Bool(h.via_owner).Key("red_flag").Bool(h.red_flag);
    w.Field("effect", std::string(PartyEffectKey(h.effect))).Field("federal_register_notice", h.citation);
    w.Field("license_requirement", h.requirement).Field("license_policy", h.license_policy).Field("explanation", h.explanation).EndObject();
  }
  w.EndArray();
  w.Key("conditions").BeginArray();
  for (const auto& c : d.conditions) {
    const auto cites = ConditionCites(s.model, c, d.party_hits);
    w.BeginObject().Field("id", ConditionId(s.model, c, d.party_hits)).Field("kind", std::string(ConditionKindKey(c.kind)));
    w.Field("question", ConditionQuestion(s.model, c, d.party_hits)).Field("citation", cites.empty() ? std::string() : cites.front()).EndObject();
  }
  w.EndArray();
  w.StringArray("unconfirmed_rules", UnconfirmedRules(s.model, d));
  w.Key("rules_current_to");
  if (s.model.current_to) {
    w.String(s.model.current_to->ToString());
  } else {
    w.Null();
  }
  w.StringArray("warnings", Warnings(s.model, d));
  Metrics(w, d);
  WriteProvenanceJson(w, s, d.parties_screened);
  if (with_explanation) {
    w.Key("explanation");
    WriteExplanationJson(w, d.explanation);
  }
  // Last, so a decision's own keys stay exactly those `check` and the audit rows share.
  if (d.claim) {
    w.Key("claim");
    WriteClaimJson(w, *d.claim);
  }
  w.EndObject();
}

}  // namespace chipgate::render
