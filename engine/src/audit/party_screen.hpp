// The parties of audit rows, screened on each row's ship date. A log of a million rows names
// far fewer parties (tens of thousands), so each (role, name, country) is searched once on any
// date and kept, and a name that came near no listed name is not searched again in another
// role or country; each row then keeps the hits listed on its ship date. An entry added after
// the ship date is therefore no hit for that row, though the same name hits a later row.
#pragma once

#include <string>
#include <vector>

#include "audit/party_lookup.hpp"
#include "audit/shipment_row.hpp"
#include "audit/party_search_cache.hpp"

namespace chipgate::audit_detail {

class RowPartyScreen {
 public:
  // `lookup` must outlive this object.
  explicit RowPartyScreen(const AuditPartyLookup& lookup) : lookup_(lookup) {}

  // The row's end user, consignee and purchaser (blank ones skipped), each against the lists on
  // the row's date with the destination as its country (purchaser without one, as `check`
  // does), then the end user's owner (without a country) under the Affiliates rule on that
  // date. Precondition: !row.rejected(). The reference lives until the next call.
  const std::vector<PartyHit>& Screen(const ShipmentRow& row);
  // Starts loading what Screen(row) will look up first (the end user's near-nothing slot): called
  // with the next row while this one is decided. Precondition: !row.rejected().
  void Prefetch(const ShipmentRow& row);

 private:
  // The cache key of a (role, name, country) search, built into `key`; returns its hash.
  static std::uint64_t MakeKey(PartyRole role, std::string_view name, std::optional<CountryCode> country, std::string& key);
  const std::vector<ListedPartyHit>& Find(PartyRole role, std::string_view name, std::optional<CountryCode> country);
  void Add(PartyRole role, std::string_view name, std::optional<CountryCode> country, Date date);
  void AddOwner(std::string_view name, Date date);

  const AuditPartyLookup& lookup_;
  // Names no listed name came near (ListedPartySearch::near_nothing), whatever the role and
  // country: a name seen with many destinations is searched once. No hits are stored here.
  PartySearchCache near_nothing_;
  PartySearchCache found_;  // the other names; key: role, country, name
  const std::vector<ListedPartyHit> none_;
  std::string key_;  // reused, so a cache hit allocates nothing
  std::vector<PartyHit> hits_;
};

}  // namespace chipgate::audit_detail
