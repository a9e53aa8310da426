// Restricted-party screening for an Engine (see screening.hpp).
#include "engine/screening.hpp"

#include <fmt/format.h>

#include "parties/codes.hpp"

namespace chipgate {
namespace {

PartyEffect EffectOf(parties::ListingEffect e) {
  switch (e) {
    case parties::ListingEffect::kProhibited: return PartyEffect::kProhibited;
    case parties::ListingEffect::kLicenseAllItems:
    case parties::ListingEffect::kLicenseNamedItems:  // fail closed: the named items may include this one
    case parties::ListingEffect::kLicenseSupplement2Items: return PartyEffect::kLicenseRequired;
    case parties::ListingEffect::kNoExceptionsUvlStatement: return PartyEffect::kNoExceptions;
    case parties::ListingEffect::kOfacBlocking: return PartyEffect::kOfacBlocking;
    case parties::ListingEffect::kNotEncoded: break;
  }
  return PartyEffect::kNotEncoded;
}

PartyHit HitOf(PartyRole role, const std::string& queried, const parties::PartyList& list, const parties::Hit& h) {
  const parties::Entry& e = list.entries[h.entry];
  const parties::PartyRequirement req = parties::RequirementOf(e);
  PartyHit out;
  out.role = role;
  out.queried = queried;
  out.entry = e.name;
  out.matched = h.explanation.matched;
  out.list = std::string(parties::SourceListName(e.list));
  out.score = h.score;
  out.match = h.decision == parties::HitDecision::kMatch;
  out.effect = EffectOf(req.effect);
  out.policy = req.review_policy.value_or(ReviewPolicy::kNone);
  out.license_policy = std::string(parties::LicensePolicyName(req.license_policy));
  out.citation = req.citation;
  out.requirement = req.requirement_text;
  out.explanation = parties::ExplanationText(h.explanation);
  return out;
}

// A name that could not be screened, as an open candidate (decision.hpp PartyHit::not_screened).
PartyHit NotScreenedHit(PartyRole role, const std::string& queried, const std::string& why) {
  PartyHit out;
  out.role = role;
  out.queried = queried;
  out.entry = "any listed party (not screened)";
  out.list = "not_screened";
  out.via_owner = role == PartyRole::kEndUserParent;
  out.explanation = why;
  out.not_screened = why;
  return out;
}

}  // namespace

PartyScreen::PartyScreen(std::vector<std::string> paths, std::string bundled_dir, std::optional<Date> list_date,
                         std::string unicode_plugin)
    : paths_(std::move(paths)), bundled_dir_(std::move(bundled_dir)), list_date_(list_date), unicode_plugin_(std::move(unicode_plugin)) {}

Diagnostic PartyScreen::NotScreenedError(const std::string& why) {
  Diagnostic d = Error(parties::codes::kNotScreened, "the name could not be screened against the restricted-party lists: " + why);
  d.field = "name";
  return d;
}

void PartyScreen::Load() const {
  std::call_once(once_, [this] {
    parties::LoadOptions options;
    options.list_date = list_date_;
    Result<parties::PartyList> list =
        paths_.empty() ? parties::LoadBundledLists(bundled_dir_, sources_) : parties::LoadPartyLists(paths_, options, sources_);
    if (!list.ok()) {
      problems_ = std::move(list.diagnostics);
      Locate(problems_, sources_);
      return;
    }
    list_ = std::move(*list.value);
    // The bundled lists carry their own dates; a stated download date still wins.
    if (paths_.empty() && list_date_) {
      for (auto& f : list_->files) f.list_date = list_date_;
    }
    index_ = std::make_unique<parties::PartyIndex>(*list_, parties::Thresholds{}, unicode_plugin_);
    Result<parties::AffiliatesRule> rule = parties::LoadAffiliatesRule(bundled_dir_ + "/affiliates-rule.toml", sources_);
    if (rule.ok()) {
      affiliates_ = std::move(*rule.value);
    } else {
      problems_ = std::move(rule.diagnostics);
      Locate(problems_, sources_);
    }
  });
}

Result<bool> PartyScreen::Ready() const {
  Load();
  Result<bool> out;
  out.diagnostics = problems_;
  if (problems_.empty()) out.value = true;
  return out;
}

std::vector<Provenance::PartyListFile> PartyScreen::ListFiles() const {
  Load();
  std::vector<Provenance::PartyListFile> out;
  if (!list_) return out;
  for (const auto& f : list_->files) out.push_back({f.path, f.sha256, f.list_date ? f.list_date->ToString() : std::string()});
  return out;
}

parties::SearchResult PartyScreen::Find(const std::string& name, std::optional<CountryCode> country, Date date) const {
  if (name.empty()) return {};
  const std::lock_guard<std::mutex> lock(mutex_);
  return index_->Search({name, country, date, 5});
}

void PartyScreen::Search(PartyRole role, const std::string& name, std::optional<CountryCode> country, Date date,
                         std::vector<PartyHit>& out) const {
  const parties::SearchResult found = Find(name, country, date);
  if (!found.not_screened.empty()) out.push_back(NotScreenedHit(role, name, found.not_screened));
  for (const auto& h : found.hits) out.push_back(HitOf(role, name, *list_, h));
}

// An owner's listing reaches the end user through the Affiliates rule while it is in force;
// while it is suspended the listed owner is a stated red flag. Naming a parent says it owns the
// end user (50 % or more).
void PartyScreen::SearchOwner(const std::string& name, Date date, std::vector<PartyHit>& out) const {
  const parties::SearchResult found = Find(name, std::nullopt, date);
  if (!found.not_screened.empty()) out.push_back(NotScreenedHit(PartyRole::kEndUserParent, name, found.not_screened));
  for (const auto& h : found.hits) {
    if (auto hit = OwnerHit(HitOf(PartyRole::kEndUserParent, name, *list_, h), list_->entries[h.entry], date)) out.push_back(std::move(*hit));
  }
}

std::optional<PartyHit> PartyScreen::OwnerHit(PartyHit hit, const parties::Entry& entry, Date date) const {
  hit.via_owner = true;
  // Without the rule's data, fail closed: the listing applies as it would to the end user.
  if (!hit.match || !affiliates_) return hit;
  const parties::AffiliateEffect effect = parties::AffiliateEffectOf(*affiliates_, entry, date, 50);
  if (effect.outcome == parties::AffiliateOutcome::kNotInForce || effect.outcome == parties::AffiliateOutcome::kBelowThreshold) return std::nullopt;
  hit.red_flag = effect.outcome == parties::AffiliateOutcome::kRedFlag;
  if (!effect.reason.empty()) hit.explanation += "; " + effect.reason;
  return hit;
}

std::optional<PartyHit> PartyScreen::OwnerHitOn(const ListedPartyHit& found, Date date) const {
  if (!found.hit.not_screened.empty()) return found.hit;  // an open question on every date
  Load();
  if (!list_ || found.entry >= list_->entries.size()) return std::nullopt;
  return OwnerHit(found.hit, list_->entries[found.entry], date);
}

ListedPartySearch PartyScreen::FindOnAnyDate(PartyRole role, const std::string& name, std::optional<CountryCode> country) const {
  Load();
  ListedPartySearch out;
  if (!index_ || name.empty()) return out;
  parties::SearchResult found;
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    parties::Query query{name, country, Date(), 20};
    query.any_date = true;  // the caller keeps, per date, the entries listed on it
    found = index_->Search(query);
  }
  // First, so that the caller's cut to a few hits per party never drops it; no listing dates,
  // so it stands on every date.
  if (!found.not_screened.empty()) out.hits.push_back({NotScreenedHit(role, name, found.not_screened), 0, std::nullopt, std::nullopt});
  for (const auto& h : found.hits) {
    const parties::Entry& e = list_->entries[h.entry];
    out.hits.push_back({HitOf(role, name, *list_, h), h.entry, e.start_date, e.end_date});
  }
  out.near_nothing = !found.scored_any && found.not_screened.empty();
  return out;
}

std::vector<PartyHit> PartyScreen::Screen(const NamedParties& p, Date date) const {
  Load();
  std::vector<PartyHit> out;
  if (!index_) return out;
  Search(PartyRole::kEndUser, p.end_user, p.end_user_country, date, out);
  Search(PartyRole::kConsignee, p.consignee, p.consignee_country, date, out);
  Search(PartyRole::kPurchaser, p.purchaser, std::nullopt, date, out);
  SearchOwner(p.end_user_parent, date, out);
  return out;
}

}  // namespace chipgate
