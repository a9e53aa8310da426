// Audit-row screening with a per-name cache (see party_screen.hpp).
#include "audit/party_screen.hpp"

#include <functional>

#include "audit/text.hpp"

namespace chipgate::audit_detail {
namespace {

// Bounds the cache: clearing it when full changes no result (a search is rebuilt identically).
constexpr std::size_t kMaxCachedNames = 500000;
// As many hits per party as `check` keeps (PartyScreen searches with a limit of 5).
constexpr std::size_t kHitsPerParty = 5;

}  // namespace

std::uint64_t RowPartyScreen::MakeKey(PartyRole role, std::string_view name, std::optional<CountryCode> country, std::string& key) {
  key.clear();
  key += static_cast<char>('0' + static_cast<int>(role));
  const int where = country ? static_cast<int>(country->index()) : -1;
  key.append(reinterpret_cast<const char*>(&where), sizeof where);
  key += name;
  return std::hash<std::string_view>{}(key);
}

// A name that came near no listed name is looked up first, by the name alone: most names are
// such, so most rows touch only that table, which holds each name once however many
// destinations it ships to, and `found_` holds only the names that came near something.
const std::vector<ListedPartyHit>& RowPartyScreen::Find(PartyRole role, std::string_view name, std::optional<CountryCode> country) {
  const std::uint64_t name_hash = std::hash<std::string_view>{}(name);
  if (near_nothing_.Find(name, name_hash) != nullptr) return none_;
  const std::uint64_t hash = MakeKey(role, name, country, key_);
  if (const auto* found = found_.Find(key_, hash)) return *found;
  if (found_.size() >= kMaxCachedNames) found_.Clear();
  if (near_nothing_.size() >= kMaxCachedNames) near_nothing_.Clear();
  ListedPartySearch search = lookup_.FindOnAnyDate(role, std::string(name), country);
  if (search.near_nothing) {
    near_nothing_.Add(name, name_hash, {});
    return none_;
  }
  return found_.Add(key_, hash, std::move(search.hits));
}

void RowPartyScreen::Add(PartyRole role, std::string_view name, std::optional<CountryCode> country, Date date) {
  if (name.empty()) return;
  std::size_t kept = 0;
  for (const ListedPartyHit& h : Find(role, name, country)) {
    if (kept == kHitsPerParty) break;
    if (!h.ListedOn(date)) continue;
    hits_.push_back(h.hit);
    ++kept;
  }
}

// The same listing-date filter as Add; then the Affiliates rule decides what a listed owner
// means on that date (the rule's periods are dates of their own, so they are applied per row).
void RowPartyScreen::AddOwner(std::string_view name, Date date) {
  if (name.empty()) return;
  std::size_t kept = 0;
  for (const ListedPartyHit& h : Find(PartyRole::kEndUserParent, name, std::nullopt)) {
    if (kept == kHitsPerParty) break;
    if (!h.ListedOn(date)) continue;
    ++kept;
    if (auto hit = lookup_.OwnerHitOn(h, date)) hits_.push_back(std::move(*hit));
  }
}

void RowPartyScreen::Prefetch(const ShipmentRow& row) {
  const std::string_view end_user = Trim(row.field(AuditColumn::kEndUser));
  if (!end_user.empty()) near_nothing_.Prefetch(std::hash<std::string_view>{}(end_user));
}

const std::vector<PartyHit>& RowPartyScreen::Screen(const ShipmentRow& row) {
  hits_.clear();
  Add(PartyRole::kEndUser, Trim(row.field(AuditColumn::kEndUser)), row.destination, row.date);
  Add(PartyRole::kConsignee, Trim(row.field(AuditColumn::kConsignee)), row.destination, row.date);
  Add(PartyRole::kPurchaser, Trim(row.field(AuditColumn::kPurchaser)), std::nullopt, row.date);
  AddOwner(Trim(row.field(AuditColumn::kEndUserParent)), row.date);
  return hits_;
}

}  // namespace chipgate::audit_detail
