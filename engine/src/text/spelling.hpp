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
// The same distance when it is at most `bound`, else nothing. Costs O(bound * length) rather
// than O(length^2), so a hostile megabyte-long word is cheap to rule out.
std::optional<std::size_t> EditDistanceAtMost(std::string_view a, std::string_view b, std::size_t bound);

// The candidate closest to `word`, if at most max(1, ceil(len/3)) edits away; ties go to the
// earlier candidate. An exact match is returned as is. A word over 256 bytes gets no suggestion,
// and each candidate costs at most O(bound * length), so hostile input is cheap.
std::optional<std::string> ClosestMatch(std::string_view word,
                                        const std::vector<std::string_view>& candidates);
std::optional<std::string> ClosestMatch(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace chipgate
