// JSON for one matrix cell, with the key names `chipgate check --format json` uses where they
// overlap (status, license_required, review_policy, license_exceptions), so a script reading
// one reads the other; plus the short `code` of the matrix legend.
#pragma once

#include "chipgate/decision_cell.hpp"
#include "chipgate/json.hpp"

namespace chipgate::cli {

// Writes the cell's fields into the object being written (no braces).
void WriteCellFields(JsonWriter& w, const DecisionCell& cell, const Model& model);

}  // namespace chipgate::cli
