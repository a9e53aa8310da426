// JSON for decisions and classifications. The key names are a public format (scripts and
// integrations read them): item, destination, date, status, classifications, criteria,
// license_required, review_policy, license_exceptions, reasons, provenance.
#pragma once

#include <span>
#include <string_view>

#include "chipgate/decision.hpp"
#include "text/json.hpp"
#include "engine/state.hpp"

namespace chipgate::render {

void WriteDecisionJson(JsonWriter& w, const Decision& d, const EngineState& s, bool with_explanation);
void WriteClassificationJson(JsonWriter& w, const Decision& d, const EngineState& s, bool with_explanation);
// `with_party_lists`: the answer screened parties, so the lists' files and dates are part of it.
void WriteProvenanceJson(JsonWriter& w, const EngineState& s, bool with_party_lists = false);
// The provenance object alone (the value of the key above). Without party lists it does not
// change while the engine lives, so check's JSON (indent 2, the key at depth 1) reuses the text
// EngineState::ProvenanceJson rendered once: ~25 rule files and their hashes on every answer
// were a fifth of the server's rendering.
void WriteProvenanceValue(JsonWriter& w, const EngineState& s, bool with_party_lists);
inline constexpr int kProvenanceIndent = 2;
inline constexpr std::size_t kProvenanceDepth = 1;
// {"tf32_bits": 32, "ai_diffusion": false, ...}: the params a run used.
void WriteParamsJson(JsonWriter& w, const Model& model, const ParamValues& params);
void WriteExplanationJson(JsonWriter& w, const Explanation& e);
// {lhs, lhs_value, op, rhs, rhs_value, unit, margin}: the measured value against the threshold,
// margin = lhs_value - rhs_value (null when either is unknown).
void WriteComparisonJson(JsonWriter& w, const Comparison& c);

// The pieces audit rows share with `check` so the same determination has the same keys and
// types in both: "license_required" true/false/null, "review_policy" (null unless a license is
// required with a known policy), and "reasons" [{rule_id, kind, text, holds?, citation,
// citations, status?}].
void WriteTristateJson(JsonWriter& w, std::string_view key, Tri t);
void WriteReviewPolicyJson(JsonWriter& w, Tri license_required, ReviewPolicy review, bool review_known);
void WriteReasonsJson(JsonWriter& w, const Model& m, std::span<const Reason> reasons, std::span<const PartyHit> parties = {});

}  // namespace chipgate::render
