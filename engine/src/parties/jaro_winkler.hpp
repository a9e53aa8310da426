// Jaro-Winkler similarity of two tokens (bytes), in [0, 1]: the token measure of the scorer.
// Winkler's prefix bonus (0.1 per common leading byte, up to 4) rewards the shared stems of
// abbreviations and transliteration variants ("Tianjin"/"Tianjing", "Shenwei"/"Shenwey").
#pragma once

#include <string_view>

namespace chipgate::parties {

double JaroWinkler(std::string_view a, std::string_view b);

}  // namespace chipgate::parties
