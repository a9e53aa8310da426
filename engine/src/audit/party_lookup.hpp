// Where the audit finds parties, as an interface: the engine's screening over the loaded lists
// implements it, so the audit below the engine never depends on how lists are loaded. A search
// is by name on any date, so one search serves rows of every ship date.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "chipgate/country.hpp"
#include "chipgate/date.hpp"
#include "chipgate/decision.hpp"

namespace chipgate {

// A party hit with its listing's dates.
struct ListedPartyHit {
  PartyHit hit;
  std::uint32_t entry = 0;  // the entry's index in the lookup's lists (for OwnerHitOn)
  std::optional<Date> listed_from;   // absent: the listing date is unknown, listed on every date
  std::optional<Date> listed_until;  // absent: still listed
  bool ListedOn(Date d) const { return (!listed_from || *listed_from <= d) && (!listed_until || d <= *listed_until); }
};

// What a search of one party found, on any date.
struct ListedPartySearch {
  std::vector<ListedPartyHit> hits;
  // No listed name came near enough to be scored, and the name was screened: a search of the
  // same name in another role or country would find nothing either.
  bool near_nothing = false;
};

class AuditPartyLookup {
 public:
  virtual ~AuditPartyLookup() = default;
  // Every entry `name` matches or resembles, whatever its listing dates, best first. The lists
  // must have loaded (the caller checked before the run).
  virtual ListedPartySearch FindOnAnyDate(PartyRole role, const std::string& name, std::optional<CountryCode> country) const = 0;
  // A listed owner of the end user (`found` from FindOnAnyDate with PartyRole::kEndUserParent,
  // listed on `date`) under the Affiliates rule on `date`, as `check --end-user-parent` screens
  // it: a match applies the listing while the rule is in force (an UNCONFIRMED period included:
  // fail closed) and is a red flag while it is suspended; nothing when the rule does not reach
  // the entry's list or is not in force. A review candidate comes back as it is.
  virtual std::optional<PartyHit> OwnerHitOn(const ListedPartyHit& found, Date date) const = 0;
};

}  // namespace chipgate
