// What a license determination answers: the Decision, with its outcome, its typed reasons and
// its explanation tree.
//
// Three-valued logic throughout: a condition over missing data is kUnknown, and any unknown
// that could change the answer makes the decision indeterminate, naming what is missing. No
// path turns "unknown" into "no license required".
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chipgate/country.hpp"
#include "chipgate/date.hpp"
#include "chipgate/rational.hpp"
#include "chipgate/vocabulary.hpp"

namespace chipgate {

// A numeric comparison as the explanation shows it: "tpp >= 4800: 2368 is 2432 below 4800".
// The operands are model nodes (the texts are for display only; code reads the nodes).
struct Comparison {
  std::string lhs_text;
  std::string rhs_text;
  std::optional<Rational> lhs;
  std::optional<Rational> rhs;
  CmpOp op = CmpOp::kGe;
  std::string unit;
  Tri result = Tri::kUnknown;
  NodeId lhs_node = kNoNode;
  NodeId rhs_node = kNoNode;
};

enum class ExplainKind : std::uint8_t {
  kSection,     // a part of the decision: `section` says which
  kEccn,        // one classification (ECCN paragraph): `eccn` says which
  kRule,        // one rule and its outcome: `rule` says which
  kLetter,      // an "is informed" letter's scope test (whose items it binds)
  kCondition,   // and / or / not
  kComparison,  // a numeric test with its margin
  kMembership,  // destination in a country group
  kAttribute,   // an item attribute test (datacenter, vendor, id)
  kKindTest,    // the item kind test (`kind == ic`): structure, not a fact worth citing
  kReference,   // a classification or param used in a condition
};

// The parts of a decision's explanation tree (the children of its root, in this order).
enum class ExplainSection : std::uint8_t { kNone, kClassification, kMetrics, kRequirements, kReview, kExceptions };
// "classification", "metrics", "license requirements", "review policy", "license exceptions".
const char* ExplainSectionTitle(ExplainSection s);

struct Explanation {
  ExplainKind kind = ExplainKind::kCondition;
  ExplainSection section = ExplainSection::kNone;  // kSection nodes
  std::optional<RuleRef> rule;       // kRule nodes
  std::uint32_t eccn = 0;            // kEccn nodes: index in Model::eccns
  NodeId node = kNoNode;             // the model expression this node evaluated, when there is one
  std::string label;                 // display: what was evaluated ("3A090.a.1: TPP of 4800 or more")
  Tri value = Tri::kUnknown;
  std::string detail;                // display: the arithmetic or the comparison with its margin
  std::optional<Comparison> comparison;
  std::string rule_id;               // kRule nodes: the rule's id (for output)
  std::vector<std::string> cites;
  std::vector<std::string> missing;  // inputs that made this node unknown
  std::vector<Explanation> children;

  // The child section `s` of a decision's root, or null.
  const Explanation* Section(ExplainSection s) const;
};

// One precision's term of a per-precision aggregate (max over precisions of dense x bits).
struct MetricTerm {
  Precision precision = Precision::kFp64;
  Rational value;
  std::string arithmetic;            // "1978.9 TOPS x 8 bit"
};

struct MetricValue {
  std::string name;
  std::string title;
  std::optional<Rational> value;
  std::string unit;
  std::string arithmetic;            // "max [fp8: 1978.9 TOPS x 8 bit] = 15831.2"
  std::vector<std::string> missing;
  std::vector<std::string> cites;
  std::vector<MetricTerm> terms;     // for max/min/sum over precisions: every supported precision
  std::vector<Precision> winners;    // the precisions attaining a max or min
};

// An item's metrics as a decision carries them: a value (copies compare and read alike) whose
// list is shared and immutable, because it is the same for every decision about the item and
// an engine computes it once per item. Copying a Decision then copies no metric; a server
// answer copied and freed five MetricValue (~40 allocations) per question.
class MetricValues {
 public:
  using List = std::vector<MetricValue>;
  MetricValues() = default;
  explicit MetricValues(List values) : list_(std::make_shared<const List>(std::move(values))) {}
  explicit MetricValues(std::shared_ptr<const List> shared) : list_(std::move(shared)) {}

  const List& values() const { return list_ ? *list_ : Empty(); }
  List::const_iterator begin() const { return values().begin(); }
  List::const_iterator end() const { return values().end(); }
  std::size_t size() const { return values().size(); }
  bool empty() const { return values().empty(); }
  const MetricValue& operator[](std::size_t i) const { return values()[i]; }
  const MetricValue& front() const { return values().front(); }

 private:
  static const List& Empty();
  std::shared_ptr<const List> list_;
};

// Why a decision is what it is, as data: the kind of reason and the rule (or other model
// entity) behind it. Renderers turn reasons into prose with the model's titles and citations;
// nothing reads a reason's words.
enum class ReasonKind : std::uint8_t {
  kTreatedAs,       // the destination is read as another country (`treat` index)
  kClassification,  // a classify rule holds (`rule`), for `eccn`
  kNote,            // a note excludes `eccn` (`rule`)
  kRequirement,     // a requirement holds (state true) or may hold (unknown)
  kNoRequirement,   // no requirement applies (no rule)
  kReview,          // the review policy stated and the rule that sets it (requirement or override)
  kException,       // a license exception is available (true) or may be (unknown)
  kPartyListing,    // a party matches a restricted-party list entry (`party`: index in party_hits)
};
std::string_view ReasonKindKey(ReasonKind k);  // "treated_as", "classification", "note", ...

struct Reason {
  ReasonKind kind = ReasonKind::kRequirement;
  Tri state = Tri::kTrue;         // kRequirement/kException: kUnknown = may apply (undecided)
  RuleRef rule;                   // the rule, for every kind but kTreatedAs and kNoRequirement
  std::uint32_t eccn = 0;         // kClassification, kNote: index in Model::eccns
  std::uint32_t treat = 0;        // kTreatedAs: index in Model::treats
  ReviewPolicy policy = ReviewPolicy::kNone;  // kReview
  std::int32_t arm = -1;          // kReview set by a requirement: its review arm (-1 none)
  std::uint32_t party = 0;        // kPartyListing: index in Decision::party_hits

  bool operator==(const Reason&) const = default;
};

struct ExceptionOutcome {
  std::uint32_t exception = 0;       // index in Model::exceptions
  std::string code;                  // "NAC"
  std::string rule_id;
  std::string title;
  Tri available = Tri::kUnknown;
  std::string requires_text;
  std::vector<std::string> cites;
};

// Restricted-party screening (chipgate/parties.hpp) as it enters a decision: who was screened,
// which entry they may be, and what the listing requires. The texts are the list's own data.
enum class PartyRole : std::uint8_t { kEndUser, kConsignee, kPurchaser, kEndUserParent };
std::string_view PartyRoleKey(PartyRole r);  // "end_user", "consignee", "purchaser", "end_user_parent"

// What a listing does to the answer, in the reference's decision order (§1).
enum class PartyEffect : std::uint8_t {
  kProhibited,       // Denied Persons List: no license can authorize it (GP4)
  kLicenseRequired,  // Entity List, Military End User List: a license, no license exceptions
  kNoExceptions,     // Unverified List: no license exceptions; NLR only with a UVL statement
  kOfacBlocking,     // SDN: OFAC blocks the transaction (a separate regime, stated apart)
  kNotEncoded,       // a list whose effect chipgate does not encode: to be reviewed
};
std::string_view PartyEffectKey(PartyEffect e);  // "prohibited", "license_required", ...

struct PartyHit {
  PartyRole role = PartyRole::kEndUser;
  std::string queried;          // the name as given
  std::string entry;            // the listed name
  std::string matched;          // the listed name or alias that matched
  std::string list;             // "entity_list", "denied_persons", "unverified", "military_end_user", "sdn", "other"
  double score = 0;
  bool match = false;           // a match (the listing applies) or a candidate to review
  bool via_owner = false;       // applies to the end user through its listed owner (Affiliates rule)
  PartyEffect effect = PartyEffect::kNotEncoded;
  ReviewPolicy policy = ReviewPolicy::kNone;
  std::string license_policy;   // the list's policy, normalised ("policy_of_denial", ...)
  std::string citation;         // the entry's Federal Register notice
  std::string requirement;      // the list's license requirement, verbatim
  std::string explanation;      // which name, which tokens, which normalisations
  bool red_flag = false;        // a listed owner while the Affiliates rule is suspended: a stated
                                // red flag, not a requirement
  // Not a listing: why the name could not be screened (it or a listed name needs a Unicode
  // step, such as transliteration, that could not run). An open candidate, so the answer is
  // indeterminate: a name that cannot be compared is never a clean pass.
  std::string not_screened;
};

// A question that must be answered "no" for the answer to hold: the outcome was decided with
// it taken as "no", and a "yes" would add a requirement (and may take exceptions away).
enum class ConditionKind : std::uint8_t {
  kEndUse,              // an end-use rule (`rule`, a requirement) applies if the end use is its own
  kPartiesNotScreened,  // no party was screened against the restricted-party lists
  kUvlStatement,        // an Unverified List party (`party`): no NLR shipment without a UVL statement
  kOwnership,           // the end user's named owner is listed (`party`): is it 50 % or more owned?
};
std::string_view ConditionKindKey(ConditionKind k);  // "end_use", "parties_not_screened"

struct Condition {
  ConditionKind kind = ConditionKind::kEndUse;
  RuleRef rule;  // kEndUse: the requirement that would apply
  std::uint32_t party = 0;  // kUvlStatement, kOwnership: index in Decision::party_hits
  bool operator==(const Condition&) const = default;
};

// The answer, in the vocabulary of the reference's decision order: prohibited (no license can
// authorize it), license required, no license required, or indeterminate (the data cannot
// settle it; `missing` says what to supply).
enum class Outcome : std::uint8_t { kNoLicenseRequired, kLicenseRequired, kProhibited, kIndeterminate };
std::string_view OutcomeKey(Outcome o);  // "no_license_required", "license_required", "prohibited", "indeterminate"

// A question's claim judged against its decision (Question::claim; engine/src/audit/claim_answer.hpp).
// Opaque here: programs read it in the rendered answer, under "claim".
struct ClaimAnswer;

struct Decision {
  std::string item;
  CountryCode destination;
  std::optional<CountryCode> end_user_hq;
  std::optional<CountryCode> exporter_hq;
  Date date;
  std::optional<CountryCode> destination_treated_as;  // Hong Kong → China
  Outcome outcome = Outcome::kIndeterminate;
  bool determined = false;
  std::vector<std::string> classifications;  // "3A090.a"
  std::vector<std::string> criteria;         // "3A090.a.1"
  std::vector<std::string> unknown_classifications;
  Tri license_required = Tri::kUnknown;
  ReviewPolicy review = ReviewPolicy::kNone;
  bool review_known = true;
  std::vector<ExceptionOutcome> exceptions;  // every exception in force that is not ruled out
  std::vector<std::string> triggered;        // requirement ids that hold
  std::vector<Reason> reasons;
  std::vector<std::string> missing;          // inputs whose absence made the decision indeterminate
  std::vector<Condition> conditions;         // what must be answered "no" for the outcome to hold
  bool parties_screened = false;             // some party was named and screened
  std::vector<PartyHit> party_hits;          // matches and review candidates, by role then score
  MetricValues metrics;
  Explanation explanation;
  // What the question's claim is judged to be; null when the question claims nothing.
  std::shared_ptr<const ClaimAnswer> claim;

  // The exception codes that certainly apply ("NAC").
  std::vector<std::string> AvailableExceptions() const;
};

}  // namespace chipgate
