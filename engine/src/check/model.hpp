// The checked rule model: what the checker produces from parsed files and what the compiler and
// the explaining evaluator consume. Every name is resolved to an index, every expression node
// has a type and a unit, every rule has its interval of force. Nothing here refers to syntax.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "catalog/catalog.hpp"
#include "chipgate/country.hpp"
#include "chipgate/date.hpp"
#include "chipgate/rational.hpp"
#include "chipgate/source.hpp"
#include "core/unit.hpp"
#include "chipgate/vocabulary.hpp"

namespace chipgate {

// Half-open interval of days [from, until); `until` absent = still in force.
struct Interval {
  Date from;
  std::optional<Date> until;
  bool Contains(Date d) const { return d >= from && (!until || d < *until); }
  bool Overlaps(const Interval& o) const {
    return (!o.until || from < *o.until) && (!until || o.from < *until);
  }
};

enum class Type : std::uint8_t { kBool, kNumber, kString, kKind, kCountry, kCountrySet, kStringSet, kPrecision };
const char* TypeName(Type t);

// Context inputs of a query (what is shipped where, to whom, by whom, how, for what). The
// first three are countries; `transaction` is export, reexport or transfer (in-country);
// `uae_approved_entity` is a fact the user states (absent: not approved); the end-use inputs
// are questions chipgate cannot answer itself: unanswered, they become conditions of the
// answer instead of making it indeterminate.
enum class Input : std::uint8_t {
  kDestination,
  kEndUserHq,
  kExporterHq,
  kTransaction,
  kUaeApprovedEntity,
  kMilitaryEndUse,
  kMilitaryIntelligenceEndUse,
  kSupercomputerEndUse,
  kAdvancedIcEndUse,
  kWmdEndUse,
  kUsPersonSupport,
  kCount
};
constexpr std::size_t kInputCount = static_cast<std::size_t>(Input::kCount);
const char* InputName(Input input);  // "destination", "end_user_hq", ..., "military_end_use"
Type InputType(Input input);         // kCountry, kString (transaction) or kBool
// The end-use questions, in Input order from kMilitaryEndUse.
constexpr bool IsEndUseQuestion(Input input) { return input >= Input::kMilitaryEndUse && input < Input::kCount; }

enum class Transaction : std::uint8_t { kExport, kReexport, kTransfer };
constexpr std::size_t kTransactionCount = 3;
const char* TransactionName(Transaction t);  // "export", "reexport", "transfer"
std::optional<Transaction> TransactionByName(std::string_view name);

// The end uses a user can state (`--end-use`), one per end-use question.
enum class EndUse : std::uint8_t { kMilitary, kMilitaryIntelligence, kSupercomputer, kAdvancedIc, kWmd, kUsPersonSupport, kCount };
constexpr std::size_t kEndUseCount = static_cast<std::size_t>(EndUse::kCount);
const char* EndUseKey(EndUse e);  // "military", "military-intelligence", "supercomputer", "advanced-ic", "wmd", "us-person-support"
std::optional<EndUse> EndUseByKey(std::string_view key);
constexpr Input EndUseInput(EndUse e) { return static_cast<Input>(static_cast<std::size_t>(Input::kMilitaryEndUse) + static_cast<std::size_t>(e)); }

// Item attributes that are not numbers. The text attributes run from kVendor to kVendorEccn in
// this order (the fast path indexes them so). `vendor_eccn` is "" when no statement is recorded
// (a known value: "the vendor states nothing"); `mass_market_encryption` absent reads as false
// (no 740.17(b) classification recorded), see docs/catalog.md.
enum class ItemAttr : std::uint8_t { kDatacenter, kKind, kVendor, kId, kName, kMemoryType, kVendorEccn, kMassMarketEncryption };
constexpr std::size_t kTextAttrCount = 5;  // kVendor .. kVendorEccn


// `a op b`, exactly: the one comparison every evaluator and the constant folder use.
inline bool Holds(const Rational& a, CmpOp op, const Rational& b) {
  switch (op) {
    case CmpOp::kLt: return a < b;
    case CmpOp::kLe: return a <= b;
    case CmpOp::kGt: return a > b;
    case CmpOp::kGe: return a >= b;
    case CmpOp::kEq: return a == b;
    case CmpOp::kNe: return a != b;
  }
  return false;
}

enum class NodeOp : std::uint8_t {
  kConstBool,      // boolean
  kConstNumber,    // number (with unit)
  kConstString,    // text
  kConstKind,      // index = ItemKind
  kParam,          // index = param
  kNumberField,    // index = NumberField
  kAttr,           // index = ItemAttr
  kDense,          // index = loop variable slot; dense_tops[p]
  kTable,          // index = table, a = loop variable slot; table[p]
  kMetric,         // index = metric
  kEccn,           // index = eccn: the classification holds for this item
  kContains,       // index = eccn: a contained item holds it
  kInput,          // index = Input
  kNot,
  kNegate,
  kAnd,            // children
  kOr,             // children
  kArith,          // arith in {+,-,*,/}: children[0], children[1]
  kCompare,        // chain: children, cmps
  kIn,             // children[0] (country or string) in children[1] (collection)
  kAggregate,      // aggregate in {max,min,sum} over precisions; a = loop variable slot; children[0]
  kCountryLiteral, // countries
  kStringLiteral,  // strings
  kGroup,          // index = group
  kSet,            // index = set
  kUnion,
  kDifference,
};

// The aggregate functions over precisions.
enum class Aggregate : std::uint8_t { kMax, kMin, kSum };
const char* AggregateName(Aggregate a);                            // "max", "min", "sum"
std::optional<Aggregate> AggregateByName(std::string_view name);


struct Node {
  NodeOp op = NodeOp::kConstBool;
  Type type = Type::kBool;
  Unit unit;
  Span span;
  std::uint32_t index = 0;
  std::uint32_t a = 0;
  char arith = 0;             // '+', '-', '*', '/'
  Aggregate aggregate = Aggregate::kMax;
  bool boolean = false;
  Rational number;
  std::string text;           // kConstString; the name, for name nodes
  std::string source;         // the expression as written, for explanations
  std::vector<NodeId> children;
  std::vector<CmpOp> cmps;
  std::vector<CountryCode> countries;
  std::vector<std::string> strings;
};

struct ParamSym {
  std::string name;
  Type type = Type::kBool;  // kBool or kNumber
  Unit unit;
  bool default_bool = false;
  Rational default_number;
  // A number param's domain: the values it may take, or an inclusive range (low, high). Every
  // number param declares one, so `--param tf32_bits=-5` is refused, not folded into TPP.
  std::vector<Rational> allowed;
  std::optional<std::pair<Rational, Rational>> range;
  std::string title;
  Span span;
};

// Whether `value` is in a number param's domain.
bool ParamValueAllowed(const ParamSym& p, const Rational& value);
// "19, 32" or "1 to 64", for messages.
std::string ParamDomainText(const ParamSym& p);

struct TableSym {
  std::string name;
  Unit unit;
  std::array<NodeId, kPrecisionCount> values{};
  std::string title;
  std::vector<std::string> cites;
  Span span;
};

// What a metric measures, for the code that must find a specific metric whatever the rule file
// calls it (headroom scales TPP; `catalog list` prints TPP and PD columns).
enum class MetricRole : std::uint8_t { kNone, kTpp, kPerformanceDensity };
std::optional<MetricRole> MetricRoleByKey(std::string_view key);  // "total_processing_performance", ...

struct MetricSym {
  std::string name;
  MetricRole role = MetricRole::kNone;
  Unit unit;
  NodeId body = 0;
  std::string title;
  std::vector<std::string> cites;
  Span span;
};

struct Membership {
  CountryCode country;
  Interval interval;
  std::string cite;
};

struct GroupSym {
  std::string name;
  std::string title;
  std::vector<std::string> cites;
  std::vector<Membership> members;
  Span span;
};

struct SetSym {
  std::string name;
  std::string title;
  NodeId body = 0;
  Span span;
};

struct TreatSym {
  CountryCode country;
  CountryCode as;
  Interval interval;
  std::string cite;
  std::string title;
  Span span;
};



struct RuleInfo {
  std::string id;
  std::string title;
  Interval in_force;
  std::vector<std::string> cites;
  RuleStatus status = RuleStatus::kInForce;
  std::string status_note;
  std::string file;  // path of the rule file
  Span span;
};

// Where a classify rule's answer comes from: the catalog's figures, or the ECCN the vendor states
// (`vendor_eccn`), which the rules apply next to the derived one. Set by the checker from what
// the condition reads, so a memo saying "stated by the vendor" never depends on a rule's title.
enum class ClassificationBasis : std::uint8_t { kDerived, kVendorStated };
const char* ClassificationBasisKey(ClassificationBasis b);    // "derived", "vendor_stated"
const char* ClassificationBasisWords(ClassificationBasis b);  // "derived from the catalog figures", "stated by the vendor"

struct ClassifyRule {
  RuleInfo info;
  std::uint32_t eccn = 0;
  NodeId when = 0;
  std::optional<NodeId> unless;
  ClassificationBasis basis = ClassificationBasis::kDerived;
};

struct NoteRule {
  RuleInfo info;
  std::vector<std::string> excludes;  // ECCN prefixes ("3A090" excludes 3A090.a, 3A090.b.1, ...)
  NodeId when = 0;
};

struct ReviewArm {
  ReviewPolicy policy = ReviewPolicy::kNone;
  std::optional<NodeId> when;  // absent: otherwise / unconditional
};

struct RequireRule {
  RuleInfo info;
  std::vector<std::uint32_t> eccns;  // empty: the condition alone decides
  std::optional<NodeId> when;
  std::vector<ReviewArm> review;
  std::string letter_vendor;         // non-empty for an "is informed" letter
  std::string letter_source;
  std::string asks;                  // the question this requirement turns on, when it asks one
};

struct OverrideRule {
  RuleInfo info;
  std::vector<std::uint32_t> of;     // requirement indices
  ReviewPolicy policy = ReviewPolicy::kNone;
  NodeId when = 0;
};

struct ExceptionRule {
  RuleInfo info;
  std::string code;                  // "NAC", "ACA", "HBM"
  std::vector<std::uint32_t> authorizes;
  NodeId when = 0;
  std::string requires_text;
};

struct EccnSym {
  std::string name;                  // "3A090.a.1"
  bool is_criterion = false;         // deeper than one letter paragraph: reported as a criterion
  std::vector<std::uint32_t> rules;  // classify rules
  std::vector<std::uint32_t> notes;  // notes whose excludes cover it
};

struct RuleFileInfo {
  std::string path;
  std::string title;
  std::string authority;
  std::string sha256;
};

// Limits that keep the fast evaluator's decision record fixed-size.
constexpr std::size_t kMaxEccns = 128;
constexpr std::size_t kMaxRequirements = 64;
constexpr std::size_t kMaxExceptions = 64;

struct Model {
  std::vector<Node> nodes;
  std::vector<ParamSym> params;
  std::vector<TableSym> tables;
  std::vector<MetricSym> metrics;        // in dependency order
  std::vector<GroupSym> groups;
  std::vector<SetSym> sets;
  std::vector<TreatSym> treats;
  std::vector<EccnSym> eccns;            // in dependency order (referenced before referencing)
  std::vector<ClassifyRule> classify_rules;
  std::vector<NoteRule> notes;
  std::vector<RequireRule> requirements;
  std::vector<OverrideRule> overrides;
  std::vector<ExceptionRule> exceptions;
  std::optional<Date> coverage_from;     // earliest date the rules answer for
  std::optional<Date> current_to;        // the rules were checked against the regulation as of this date
  std::vector<RuleFileInfo> files;
  std::string rules_hash;                // sha256 over the files' paths and contents

  const Node& node(NodeId id) const { return nodes[id]; }
  std::optional<std::uint32_t> FindEccn(const std::string& name) const;
  std::optional<std::uint32_t> FindMetric(const std::string& name) const;
  std::optional<std::uint32_t> FindParam(const std::string& name) const;
  std::optional<std::uint32_t> FindGroup(const std::string& name) const;
  std::optional<std::uint32_t> FindRequirement(const std::string& id) const;
  std::optional<std::uint32_t> FindMetric(MetricRole role) const;
  // The shared parts (id, title, dates, cites, status) of the rule `ref` names.
  const RuleInfo& Info(RuleRef ref) const;
};

}  // namespace chipgate
