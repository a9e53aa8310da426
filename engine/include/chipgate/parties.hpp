// Restricted-party screening: the lists (trade.gov's Consolidated Screening List as CSV or
// JSON, OFAC's SDN CSV), a name index that finds listed parties by fuzzy name, and what a hit
// requires (the list's effect, review policy, surviving license exceptions, conditions).
//
// Pipeline: LoadPartyLists (files → PartyList, with diagnostics and provenance) → PartyIndex
// (normalised names, token index) → Search (query → ranked Hits, each explaining its score) →
// RequirementOf (hit → PartyRequirement for the decision). Dates matter throughout: an entry
// whose start date is after the query date is no hit; an entry without a start date applies on
// every date (fail closed) and says so.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chipgate/country.hpp"
#include "chipgate/date.hpp"
#include "chipgate/result.hpp"
#include "chipgate/source.hpp"
#include "chipgate/vocabulary.hpp"

namespace chipgate::parties {

// The list an entry comes from. CSL lists not encoded here are kOther with their source text.
enum class SourceList : std::uint8_t { kEntityList, kDeniedPersons, kUnverified, kMilitaryEndUser, kSdn, kOther };
std::string_view SourceListName(SourceList list);  // "entity_list", "denied_persons", ..., "other"

// The entry's license review policy, normalised from the list's free text (§4.4 of the
// reference). Text that is not recognised is kUnknown, never "no restriction".
enum class LicensePolicy : std::uint8_t {
  kNotStated,                   // the list gives no policy text (UVL, DPL, SDN rows)
  kPresumptionOfDenial,         // "Presumption of denial", "Presumption for denial", "... ."
  kPolicyOfDenial,              // "Policy of denial ..."
  kPresumptionOfDenialForGpus,  // case-by-case for listed 1A/2A/2D/2E ECCNs, denial for all else
  kPer744_23d,                  // "See §§744.11 and 744.23(d)": the §744.23(d) policy
  kPer744_21,                   // MEU rows: "specified in §744.21(d) and (e)"
  kUnknown,
};
std::string_view LicensePolicyName(LicensePolicy policy);  // "presumption_of_denial", ...
LicensePolicy NormaliseLicensePolicy(std::string_view text);

// What a listing requires of a transaction with the party.
enum class ListingEffect : std::uint8_t {
  kProhibited,              // Denied Persons List: GP4, no license overcomes it
  kLicenseAllItems,         // Entity List "for all items subject to the EAR"
  kLicenseNamedItems,       // Entity List entry naming particular items: read its requirement
  kLicenseSupplement2Items, // MEU List: items in Supp. 2 to Part 744
  kNoExceptionsUvlStatement,// Unverified List: no license exceptions; NLR only with a UVL statement
  kOfacBlocking,            // SDN: blocked by OFAC, a separate regime from the EAR
  kNotEncoded,              // another CSL list whose effect chipgate does not encode: review it
};
std::string_view ListingEffectName(ListingEffect effect);

struct Entry {
  SourceList list = SourceList::kOther;
  std::string source;  // the list's own name for itself ("Entity List (EL) - Bureau of ...")
  std::string id;      // CSL `_id` or SDN `ent_num`, when present
  std::string name;
  std::vector<std::string> aliases;
  std::vector<CountryCode> countries;
  std::string federal_register_notice;
  std::optional<Date> start_date;  // absent: the listing date is unknown, applies on every date
  std::optional<Date> end_date;    // last day listed, when the list gives one
  std::string license_requirement;
  std::string license_policy_text;
  LicensePolicy license_policy = LicensePolicy::kNotStated;
  std::string programs;  // SDN / CSL programs, as listed
  std::uint32_t file = 0;   // index into PartyList::files
  std::uint64_t line = 0;   // 1-based line of the record (CSV), or result index + 1 (JSON)

  // In force on `date`: not before its start date and not after its end date.
  bool ListedOn(Date date) const;
};

// Where a list came from, for every decision and audit run that used it.
struct ListProvenance {
  std::string path;
  std::string format;   // "csl-csv", "csl-json", "sdn-csv"
  std::string sha256;   // of the file's bytes (for SDN: sdn.csv, and alt_sha256 for alt.csv)
  std::string alt_sha256;
  std::optional<Date> list_date;  // from the file (JSON) or the caller; absent = unknown
  std::size_t entries = 0;
};

struct PartyList {
  std::vector<Entry> entries;
  std::vector<ListProvenance> files;
};

struct LoadOptions {
  std::uintmax_t max_file_bytes = std::uintmax_t{256} << 20;  // checked before reading
  std::optional<Date> list_date;  // overrides what the file says
};

// Reads each path (format detected from the content: JSON object, CSL CSV header, or SDN CSV
// without a header; an `alt.csv` next to an `sdn.csv` is read as its aliases). Diagnostics
// (codes P01xx) point at file, line and field; the product is present only without errors.
// Files are added to `sources` so the diagnostics can show their lines.
Result<PartyList> LoadPartyLists(const std::vector<std::string>& paths, const LoadOptions& options,
                                 SourceSet& sources);

// The bundled sample list: reads `<dir>/lists.toml` (files and their list dates).
Result<PartyList> LoadBundledLists(const std::string& dir, SourceSet& sources);

// ---- screening ----

struct Thresholds {
  double match = 0.90;   // calibrated on tests/data/parties/eval-pairs.tsv (docs/parties.md)
  double review = 0.78;
};

struct Query {
  std::string name;
  std::optional<CountryCode> country;
  Date date;
  std::size_t limit = 20;  // at most this many hits
  // Ignore the listing dates (`date` unused): for a caller that searches a name once and
  // filters the hits by Entry::ListedOn for each of many dates (the audit).
  bool any_date = false;
};

enum class HitDecision : std::uint8_t { kMatch, kReview };
std::string_view HitDecisionName(HitDecision d);  // "match", "review"

// One token of the query paired with one of the listed name, with its similarity.
struct TokenPair {
  std::string query_token;
  std::string list_token;
  double similarity = 0;
};

struct Explanation {
  std::string matched;  // the name or alias as listed
  bool alias = false;
  std::vector<TokenPair> pairs;
  std::vector<std::string> unpaired_query;
  std::vector<std::string> unpaired_list;
  std::vector<std::string> query_steps;  // normalisations applied to the query
  std::vector<std::string> list_steps;   // ... and to the matched name
  double name_score = 0;
  double country_adjustment = 0;  // added to name_score (never lowers an exact name match)
  std::string country_note;
  bool listing_date_unknown = false;
};
// One paragraph for people (the CLI's text output and JSON `explanation`).
std::string ExplanationText(const Explanation& e);

struct Hit {
  std::uint32_t entry = 0;  // index into the PartyList the index was built from
  double score = 0;
  HitDecision decision = HitDecision::kReview;
  Explanation explanation;
};

// What a search found, and whether it could look everywhere. `not_screened` says why the name
// could not be screened completely: it, or a listed name, needs a Unicode step
// (transliteration, case folding) that could not run, because the Unicode plugin cannot be
// loaded or ICU failed. Fail closed: the hits are still hits, but finding none then proves
// nothing; the caller's answer is indeterminate, naming the reason.
struct SearchResult {
  std::vector<Hit> hits;
  std::string not_screened;  // empty: screened against every listed name
  // Some listed name shared enough with the query to be scored. When none did (and the name was
  // screened), no country and no date could make a hit of it: a caller that asks about one
  // name in many countries (the audit) can ask once.
  bool scored_any = false;
};

// A search index over a PartyList. Building normalises every name once; searches are then
// independent of list size except through the candidates they touch. The list must outlive
// the index. Search is const but not thread-safe (the normaliser caches ICU transliterators):
// use one index per thread.
class PartyIndex {
 public:
  // `unicode_plugin`: the Unicode plugin file (chipgate-unicode.so) for names that are not
  // ASCII; empty: looked for next to the executable, then where chipgate was installed and built.
  explicit PartyIndex(const PartyList& list, Thresholds thresholds = {}, std::string unicode_plugin = {});
  ~PartyIndex();
  PartyIndex(PartyIndex&&) noexcept;
  PartyIndex& operator=(PartyIndex&&) noexcept;

  // Entries listed on query.date whose best name scores at least the review threshold, best
  // first (ties by list order). Nothing below the review threshold is returned.
  SearchResult Search(const Query& query) const;
  const PartyList& list() const;
  const Thresholds& thresholds() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// ---- what a hit requires ----

enum class PartyCondition : std::uint8_t {
  kUvlStatementBeforeNlr,  // §744.15: obtain a UVL statement before any NLR shipment
  kEeiFilingRequired,      // EEI in AES for every export to a UVL party
  kListingDateUnknown,     // the entry has no start date: applied on every date
  kReviewPolicyUnknown,    // the policy text was not recognised: read it
  kEarLicense744_8,        // SDN program listed in §744.8(a)(1): a BIS license too
  kReadRequirementText,    // Entity List entry naming particular items
};
std::string_view PartyConditionName(PartyCondition c);

struct PartyRequirement {
  SourceList list = SourceList::kOther;
  ListingEffect effect = ListingEffect::kNotEncoded;
  std::optional<ReviewPolicy> review_policy;  // absent: not applicable or unknown
  LicensePolicy license_policy = LicensePolicy::kNotStated;  // the finer policy (denial kinds)
  bool license_exceptions_survive = false;
  std::vector<std::string> surviving_exceptions;  // e.g. "GOV" for the MEU List
  std::string citation;                           // the entry's FR notice
  std::string requirement_text;                   // the list's license requirement, verbatim
  std::vector<PartyCondition> conditions;
};

// The requirement of a listed entry (for a `match`; a `review` hit is the caller's
// indeterminate, naming the candidates). Pure: depends only on the entry.
PartyRequirement RequirementOf(const Entry& entry);
// The same for a hit of a search over `list` (the list the index was built from).
inline PartyRequirement RequirementOf(const PartyList& list, const Hit& hit) { return RequirementOf(list.entries[hit.entry]); }

// ---- the Affiliates (50 percent) rule, dates as data (lists/affiliates-rule.toml) ----

enum class AffiliatePeriodStatus : std::uint8_t { kInForce, kSuspended };

struct AffiliatePeriod {
  Date from;
  std::optional<Date> until;  // last day, inclusive; absent = open
  AffiliatePeriodStatus status = AffiliatePeriodStatus::kInForce;
  bool confirmed = true;
  std::string citation;
  std::string note;
};

struct AffiliatesRule {
  std::string citation;
  int threshold_percent = 50;
  std::vector<SourceList> extends_to;
  std::vector<AffiliatePeriod> periods;
};

Result<AffiliatesRule> LoadAffiliatesRule(const std::string& path, SourceSet& sources);

enum class AffiliateOutcome : std::uint8_t {
  kApplies,        // the owner's restrictions apply to the owned party
  kRedFlag,        // rule suspended, or ownership unknown: a stated red flag, not a requirement
  kBelowThreshold, // ownership known and under the threshold
  kNotInForce,     // before the rule, or the owner's list is not extended (UVL, DPL, ...)
};
std::string_view AffiliateOutcomeName(AffiliateOutcome o);

struct AffiliateEffect {
  AffiliateOutcome outcome = AffiliateOutcome::kNotInForce;
  const AffiliatePeriod* period = nullptr;  // the period containing the date, if any
  bool confirmed = true;  // false when the period's status is UNCONFIRMED
  std::string reason;
};

// Whether `owner`'s listing reaches a party it owns `owned_percent` of (absent = unknown;
// shares of several listed owners are the caller's sum) on `date`.
AffiliateEffect AffiliateEffectOf(const AffiliatesRule& rule, const Entry& owner, Date date,
                                  std::optional<int> owned_percent);

}  // namespace chipgate::parties
