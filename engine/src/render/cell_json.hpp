// JSON for one matrix cell, with the key names `chipgate check --format json` uses where they
// overlap (status, license_required, review_policy, license_exceptions), so a script reading
// one reads the other; plus the short `code` of the matrix legend.
#pragma once

#include "analysis/decision_cell.hpp"
#include "text/json.hpp"

namespace chipgate::render {

// Writes the cell's fields into the object being written (no braces).
void WriteCellFields(JsonWriter& w, const DecisionCell& cell, const Model& model);

}  // namespace chipgate::render
