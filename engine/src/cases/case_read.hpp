// The reader's steps below the file (private to src/cases): one `[[case]]` table into a Case,
// and its `[case.expect]` table into Expectations. Every problem is reported through the
// CaseToml at its place in the file.
#pragma once

#include <toml++/toml.h>

#include <optional>

#include "cases/case.hpp"
#include "cases/case_toml.hpp"

namespace chipgate::cases {

// The case at position `index` of its file; nothing when any of its keys was wrong.
std::optional<Case> ReadCase(CaseToml& file, const toml::table& table, std::size_t index);

// The expectations of a case; `has_destination` says whether the case has `to`. Returns
// nothing when any key was wrong or the table is empty (a case that checks nothing).
std::optional<std::vector<Expectation>> ReadExpectations(CaseToml& file, const toml::table& expect, bool has_destination);

}  // namespace chipgate::cases
