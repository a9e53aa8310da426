// The index of encoded rules (docs/rules.md, `chipgate rules`): every classification, note,
// requirement, override and exception with its citation, dates and status on a given date.
#pragma once

#include <string>

#include "check/model.hpp"

namespace chipgate {

// Status on `as_of`: "in force", "superseded" (its `until` has passed), "not yet in force",
// "announced rescinded", and "unconfirmed encoding" noted where the rule file says so.
std::string RuleStatusOn(const RuleInfo& rule, Date as_of);

// Markdown: one table per rule kind, in file order, plus the country groups with their dated
// changes. Deterministic for a given model and date.
std::string RulesIndexMarkdown(const Model& model, Date as_of);

}  // namespace chipgate
