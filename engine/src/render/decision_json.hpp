// JSON for decisions and classifications. The key names are a public format (scripts and
// integrations read them): item, destination, date, status, classifications, criteria,
// license_required, review_policy, license_exceptions, reasons, provenance.
#pragma once

#include "chipgate/decision.hpp"
#include "text/json.hpp"
#include "engine/state.hpp"

namespace chipgate::render {

void WriteDecisionJson(JsonWriter& w, const Decision& d, const EngineState& s, bool with_explanation);
void WriteClassificationJson(JsonWriter& w, const Decision& d, const EngineState& s, bool with_explanation);
// `with_party_lists`: the answer screened parties, so the lists' files and dates are part of it.
void WriteProvenanceJson(JsonWriter& w, const EngineState& s, bool with_party_lists = false);
// {"tf32_bits": 32, "ai_diffusion": false, ...}: the params a run used.
void WriteParamsJson(JsonWriter& w, const Model& model, const ParamValues& params);
void WriteExplanationJson(JsonWriter& w, const Explanation& e);

}  // namespace chipgate::render
