// "Did you mean ...?" for misspelt names: the closest candidate by edit distance, if close.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chipgate {

// Levenshtein distance, case-sensitive.
std::size_t EditDistance(std::string_view a, std::string_view b);

// The candidate nearest to `word`, if it is within a third of the word's length (at least 1).
std::optional<std::string> ClosestMatch(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace chipgate
