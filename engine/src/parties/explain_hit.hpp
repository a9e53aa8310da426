// How a hit explains itself: the country adjustment, and the Explanation built from the scorer's
// pairings (token texts, unpaired tokens, the normalisations applied to each side).
#pragma once

#include <optional>
#include <string>

#include "chipgate/parties.hpp"
#include "parties/name_index.hpp"
#include "parties/name_score.hpp"

namespace chipgate::parties {

struct CountryFit {
  double adjustment = 0;
  std::string note;
};

// +0.05 when the query's country is one the entry lists, +0.03 for Hong Kong or Macau against
// China (the lists write "HK,CN" and "CN,HK" inconsistently), -0.08 when it differs, nothing
// when either side has no country. An exact name match (score 1) is never lowered.
CountryFit FitCountry(const Entry& entry, std::optional<CountryCode> country, double name_score);

struct HitParts {
  const PartyList& list;
  const NameIndex& index;
  const PreparedQuery& query;
  const IndexedName& name;
  const NameScore& scored;
  double name_score;
  const CountryFit& country;
};

Explanation ExplainHit(const HitParts& parts);

}  // namespace chipgate::parties
