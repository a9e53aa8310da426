// The field delimiter of an export (see audit_format.hpp): counted on the header line, where
// every column name is and no value can mislead, outside quotes.
#include "audit/audit_format.hpp"

namespace chipgate {

char DetectDelimiter(std::string_view line) {
  std::size_t counts[4] = {0, 0, 0, 0};
  constexpr char kCandidates[4] = {',', ';', '\t', '|'};
  bool quoted = false;
  for (const char c : line) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    for (std::size_t i = 0; i < 4; ++i) counts[i] += static_cast<std::size_t>(c == kCandidates[i]);
  }
  std::size_t best = 0;
  for (std::size_t i = 1; i < 4; ++i) {
    if (counts[i] > counts[best]) best = i;
  }
  return kCandidates[best];
}

}  // namespace chipgate
