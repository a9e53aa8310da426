// Edit distance and closest-match suggestions (see spelling.hpp).
#include "text/spelling.hpp"

#include <algorithm>

namespace chipgate {

std::size_t EditDistance(std::string_view a, std::string_view b) {
  // Three rolling rows are enough for the transposition term, which looks two rows back.
  std::vector<std::size_t> before(b.size() + 1);
  std::vector<std::size_t> prev(b.size() + 1);
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      row[j] = std::min({prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        row[j] = std::min(row[j], before[j - 2] + 1);
      }
    }
    std::swap(before, prev);
    std::swap(prev, row);
  }
  return prev[b.size()];
}

// Ukkonen's cut-off: only cells with |i - j| <= bound can hold a distance within the bound, so
// each row computes that band; cells outside it count as "too far" (bound + 1). A row whose
// smallest value already exceeds the bound ends the search, since values never decrease down
// the table.
std::optional<std::size_t> EditDistanceAtMost(std::string_view a, std::string_view b, std::size_t bound) {
  const std::size_t gap = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
  if (gap > bound) return std::nullopt;
  const std::size_t far = bound + 1;
  std::vector<std::size_t> before(b.size() + 1, far);
  std::vector<std::size_t> prev(b.size() + 1, far);
  std::vector<std::size_t> row(b.size() + 1, far);
  for (std::size_t j = 0; j <= std::min(b.size(), bound); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    const std::size_t first = i > bound ? i - bound : 1;
    const std::size_t last = std::min(b.size(), i + bound);
    std::fill(row.begin(), row.end(), far);
    row[0] = i <= bound ? i : far;
    std::size_t smallest = row[0];
    for (std::size_t j = first; j <= last; ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      std::size_t d = std::min({prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d = std::min(d, before[j - 2] + 1);
      row[j] = std::min(d, far);
      smallest = std::min(smallest, row[j]);
    }
    if (smallest > bound) return std::nullopt;
    std::swap(before, prev);
    std::swap(prev, row);
  }
  if (prev[b.size()] > bound) return std::nullopt;
  return prev[b.size()];
}

std::optional<std::string> ClosestMatch(std::string_view word,
                                        const std::vector<std::string_view>& candidates) {
  // Nobody mistypes a name that long; such a word comes from hostile or broken input.
  constexpr std::size_t kMaxWordBytes = 256;
  if (word.size() > kMaxWordBytes) return std::nullopt;
  const std::size_t limit = std::max<std::size_t>(1, (word.size() + 2) / 3);
  std::optional<std::string_view> best;
  std::size_t best_distance = limit + 1;
  for (const std::string_view candidate : candidates) {
    // Only a candidate closer than the best so far matters, which bounds the search.
    if (const auto d = EditDistanceAtMost(word, candidate, best_distance - 1)) {
      best = candidate;
      best_distance = *d;
    }
  }
  if (!best) return std::nullopt;
  return std::string(*best);
}

std::optional<std::string> ClosestMatch(std::string_view word, const std::vector<std::string>& candidates) {
  return ClosestMatch(word, std::vector<std::string_view>(candidates.begin(), candidates.end()));
}

}  // namespace chipgate
