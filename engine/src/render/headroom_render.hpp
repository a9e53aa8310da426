// Rendering a headroom report: sentences for the terminal ("tpp 2368 is 32 below 3A090.b.1's
// 2400"; "raising tpp from 2368 to 2400 makes it 3A090.b") and the same content as JSON.
#pragma once

#include <string>

#include "analysis/headroom.hpp"
#include "text/json.hpp"
#include "render/end_user.hpp"
#include "engine/state.hpp"

namespace chipgate::render {

std::string HeadroomText(const HeadroomReport& r, const EngineState& s, const EndUserChoice& end_user);
void WriteHeadroomJson(JsonWriter& w, const HeadroomReport& r, const EngineState& s, const EndUserChoice& end_user);

// Shared by both: "none", or "3A090.b (criteria 3A090.b.1)", with any undecided paragraphs.
std::string ClassificationWords(const FlipOutcome& o);
// "cutting tpp", "enlarging the die", "declaring datacenter=false".
std::string FlipVerb(const Flip& f);

}  // namespace chipgate::render
