// The rules index as JSON (`chipgate rules --format json`, `GET /v1/rules`): the dates the rules
// cover and are current to, every rule with its kind, dates, status on the date and citations,
// and the country groups with their members on the date. The Markdown twin is
// report/rules_index.hpp; both take each rule's status from RuleStatusOn.
#pragma once

#include <string>

#include "check/model.hpp"

namespace chipgate::render {

std::string RulesIndexJson(const Model& model, Date as_of);

}  // namespace chipgate::render
