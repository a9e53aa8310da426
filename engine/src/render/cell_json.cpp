// JSON fields of a matrix cell (see cell_json.hpp).
#include "render/cell_json.hpp"

namespace chipgate::render {

void WriteCellFields(JsonWriter& w, const DecisionCell& cell, const Model& model) {
  w.Field("code", CellCode(cell, model));
  w.Field("status", !cell.in_coverage ? "out_of_coverage" : cell.determined ? "determined" : "indeterminate");
  w.Key("license_required");
  if (cell.license_required == Tri::kUnknown) {
    w.Null();
  } else {
    w.Bool(cell.license_required == Tri::kTrue);
  }
  w.Key("review_policy");
  if (cell.license_required != Tri::kTrue || cell.review == ReviewPolicy::kNone || !cell.review_known) {
    w.Null();
  } else {
    w.String(ReviewPolicyName(cell.review));
  }
  w.StringArray("license_exceptions", ExceptionCodes(cell.exceptions, model));
  const auto possible = ExceptionCodes(cell.exceptions_possible, model);
  if (!possible.empty()) w.StringArray("license_exceptions_possible", possible);
  if (!cell.determined && cell.missing != 0) w.StringArray("missing", {MissingName(cell.missing)});
  // `check`'s vocabulary: the outcome, and the end-use requirements it is conditional on.
  w.Key("outcome");
  if (cell.in_coverage) {
    w.String(std::string(OutcomeKey(cell.outcome)));
  } else {
    w.Null();
  }
  w.StringArray("conditions", ConditionIds(cell.conditions, model));
}

}  // namespace chipgate::render
