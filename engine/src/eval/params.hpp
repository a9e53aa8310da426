// Param values for one evaluation: each rule-file param at its default unless overridden with
// `name=value` (the CLI's `--param`), so conventions and what-if switches are inputs, not edits.
#pragma once

#include <string>
#include <vector>

#include "check/model.hpp"
#include "chipgate/result.hpp"

namespace chipgate {

struct ParamValues {
  std::vector<bool> bools;  // indexed like Model::params
  std::vector<Rational> numbers;

  static ParamValues Defaults(const Model& model);
};

// Applies `name=value` assignments: `true`/`false` for bool params, a decimal for numbers.
// Unknown names and malformed values are errors that list what is accepted.
Result<ParamValues> ParseParams(const Model& model, const std::vector<std::string>& assignments);

}  // namespace chipgate
