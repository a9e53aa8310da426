// A pre-parse scan that bounds recursion: X3 descends once per nesting level, so a hostile file
// of ten thousand `(` or `not not not ...` would otherwise overflow the stack.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace chipgate::syntax {

// Returns the offset where bracket depth plus the current run of prefix operators (`not`, `-`)
// first exceeds `limit`, skipping strings and comments; nothing if the text stays within it.
std::optional<std::size_t> FindExcessiveNesting(const std::string& text, std::uint32_t limit);

}  // namespace chipgate::syntax
