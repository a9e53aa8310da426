// "Did you mean" suggestions for misspelt names (catalog keys, item ids, options). A suggestion
// is only offered when the distance is small enough to be a plausible typo, so an unrelated
// word gets no misleading hint.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chipgate {

// Optimal-string-alignment distance over bytes: insertions, deletions, substitutions and
// transpositions of neighbours each cost 1 ("titel" is 1 away from "title").
std::size_t EditDistance(std::string_view a, std::string_view b);

// The candidate closest to `word`, if at most max(1, ceil(len/3)) edits away; ties go to the
// earlier candidate. An exact match is returned as is.
std::optional<std::string> ClosestMatch(std::string_view word,
                                        const std::vector<std::string_view>& candidates);
std::optional<std::string> ClosestMatch(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace chipgate
