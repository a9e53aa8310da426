// Restricted-party screening for an Engine: the lists (the bundled sample or EngineOptions::
// parties) and their name index, built on the first question that names a party (a question
// without one pays nothing), and the search of each named party on the question's date, turned
// into the typed hits a decision carries (decision.hpp PartyHit).
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "audit/party_lookup.hpp"
#include "chipgate/decision.hpp"
#include "chipgate/engine.hpp"
#include "chipgate/parties.hpp"

namespace chipgate {

// The parties a question names, resolved.
struct NamedParties {
  std::string end_user;
  std::optional<CountryCode> end_user_country;
  std::string consignee;
  std::optional<CountryCode> consignee_country;
  std::string purchaser;
  std::string end_user_parent;

  bool any() const { return !end_user.empty() || !consignee.empty() || !purchaser.empty() || !end_user_parent.empty(); }
};

class PartyScreen final : public AuditPartyLookup {
 public:
  // `paths` empty: the bundled lists in `bundled_dir` (lists.toml) with its Affiliates rule.
  // `list_date` overrides the files' own download dates (`parties --list-date`).
  // `unicode_plugin`: as EngineOptions::unicode_plugin.
  PartyScreen(std::vector<std::string> paths, std::string bundled_dir, std::optional<Date> list_date = std::nullopt,
              std::string unicode_plugin = {});

  // The lists, loaded on first use; diagnostics when they cannot be read (never a silent pass:
  // the question then cannot be answered).
  Result<bool> Ready() const;
  std::vector<PartyHit> Screen(const NamedParties& parties, Date date) const;
  std::vector<Provenance::PartyListFile> ListFiles() const;
  // For the audit: the same search as Screen() on any date, each hit with its listing dates.
  // Precondition: Ready().
  ListedPartySearch FindOnAnyDate(PartyRole role, const std::string& name, std::optional<CountryCode> country) const override;
  std::optional<PartyHit> OwnerHitOn(const ListedPartyHit& found, Date date) const override;

  // `parties search`: runs `query` under the lock (PartyIndex::Search keeps scratch space) and
  // hands the hits and the index to `render`; the lists' diagnostics when they cannot be read,
  // and an error (never an empty list of hits) when the name could not be screened.
  template <class Render>
  Result<std::string> SearchWith(const parties::Query& query, Render render) const {
    Result<bool> ready = Ready();
    Result<std::string> out;
    if (!ready.ok()) {
      out.diagnostics = std::move(ready.diagnostics);
      return out;
    }
    const std::lock_guard<std::mutex> lock(mutex_);
    parties::SearchResult found = index_->Search(query);
    if (!found.not_screened.empty()) {
      out.diagnostics.push_back(NotScreenedError(found.not_screened));
      return out;
    }
    out.value = render(found.hits, *index_);
    return out;
  }

 private:
  void Load() const;
  parties::SearchResult Find(const std::string& name, std::optional<CountryCode> country, Date date) const;
  static Diagnostic NotScreenedError(const std::string& why);
  void Search(PartyRole role, const std::string& name, std::optional<CountryCode> country, Date date, std::vector<PartyHit>& out) const;
  void SearchOwner(const std::string& name, Date date, std::vector<PartyHit>& out) const;
  std::optional<PartyHit> OwnerHit(PartyHit hit, const parties::Entry& entry, Date date) const;

  std::vector<std::string> paths_;
  std::string bundled_dir_;
  std::optional<Date> list_date_;
  std::string unicode_plugin_;
  mutable std::once_flag once_;
  mutable std::mutex mutex_;  // PartyIndex::Search keeps scratch space: one search at a time
  mutable SourceSet sources_;
  mutable std::optional<parties::PartyList> list_;
  mutable std::unique_ptr<parties::PartyIndex> index_;
  mutable std::optional<parties::AffiliatesRule> affiliates_;
  mutable std::vector<Diagnostic> problems_;
};

}  // namespace chipgate
