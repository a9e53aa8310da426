// What an answer says for each expectation key, written the way a case file writes it: one
// text ("true", "presumption_of_denial", "no_license_required"), or a sorted list (ECCNs, rule
// ids, exception codes, condition ids). The checker compares expectations with these, and the
// two evaluators' answers with each other.
#pragma once

#include <string>
#include <vector>

#include "cases/expect_keys.hpp"
#include "check/model.hpp"
#include "chipgate/decision.hpp"

namespace chipgate::cases {

// Condition ids come from the render layer (render::ConditionId), the ids the JSON shows.
std::vector<std::string> Observe(ExpectKey key, const Decision& d, const Model& model);

// Whether `observed` satisfies what the case expects for a key of this shape.
bool Satisfies(ExpectShape shape, const std::vector<std::string>& expected, const std::vector<std::string>& observed);

}  // namespace chipgate::cases
