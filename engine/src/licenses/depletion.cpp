// Depletion in ship-date order (see licenses.hpp). Sorting the uses, not the log, is what makes
// the order the ship dates' whatever order the rows come in, and the same across runs: a use an
// earlier run stored and a row of this run on the same date count the stored one first.
#include <algorithm>

#include "licenses/licenses.hpp"

namespace chipgate::licenses {

std::vector<std::uint64_t> ExhaustedLines(const Register& register_, std::vector<Use> uses) {
  std::sort(uses.begin(), uses.end(), [](const Use& a, const Use& b) {
    if (a.license != b.license) return a.license < b.license;
    if (a.date != b.date) return a.date < b.date;
    if (a.earlier_run != b.earlier_run) return a.earlier_run;
    return a.line < b.line;
  });
  std::vector<std::uint64_t> exhausted;
  Rational used;
  for (std::size_t i = 0; i < uses.size(); ++i) {
    if (i == 0 || uses[i].license != uses[i - 1].license) used = Rational(0);
    const License& license = register_.licenses()[uses[i].license];
    // Whole units up to 10^12 per row and 10^6 rows per license stay far inside 64 bits.
    used = Rational::Add(used, Rational(uses[i].quantity)).value_or(Rational(INT64_MAX));
    if (license.quantity && used > *license.quantity && !uses[i].earlier_run) exhausted.push_back(uses[i].line);
  }
  std::sort(exhausted.begin(), exhausted.end());
  return exhausted;
}

}  // namespace chipgate::licenses
