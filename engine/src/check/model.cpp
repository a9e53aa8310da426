// Names of model enums and lookups by name.
#include "check/model.hpp"

#include <algorithm>

namespace chipgate {
namespace {

template <class V, class F>
std::optional<std::uint32_t> FindIn(const V& v, F matches) {
  for (std::uint32_t i = 0; i < v.size(); ++i) {
    if (matches(v[i])) return i;
  }
  return std::nullopt;
}

}  // namespace

const char* TypeName(Type t) {
  switch (t) {
    case Type::kBool: return "condition";
    case Type::kNumber: return "number";
    case Type::kString: return "text";
    case Type::kKind: return "item kind";
    case Type::kCountry: return "country";
    case Type::kCountrySet: return "set of countries";
    case Type::kStringSet: return "list of texts";
    case Type::kPrecision: return "precision";
  }
  return "value";
}

const char* InputName(Input input) {
  switch (input) {
    case Input::kDestination: return "destination";
    case Input::kEndUserHq: return "end_user_hq";
    case Input::kExporterHq: return "exporter_hq";
    case Input::kTransaction: return "transaction";
    case Input::kUaeApprovedEntity: return "uae_approved_entity";
    case Input::kMilitaryEndUse: return "military_end_use";
    case Input::kMilitaryIntelligenceEndUse: return "military_intelligence_end_use";
    case Input::kSupercomputerEndUse: return "supercomputer_end_use";
    case Input::kAdvancedIcEndUse: return "advanced_ic_end_use";
    case Input::kWmdEndUse: return "wmd_end_use";
    case Input::kUsPersonSupport: return "us_person_support";
    case Input::kCount: break;
  }
  return "?";
}

Type InputType(Input input) {
  if (input <= Input::kExporterHq) return Type::kCountry;
  return input == Input::kTransaction ? Type::kString : Type::kBool;
}

const char* TransactionName(Transaction t) {
  switch (t) {
    case Transaction::kExport: return "export";
    case Transaction::kReexport: return "reexport";
    case Transaction::kTransfer: break;
  }
  return "transfer";
}

std::optional<Transaction> TransactionByName(std::string_view name) {
  for (const auto t : {Transaction::kExport, Transaction::kReexport, Transaction::kTransfer}) {
    if (name == TransactionName(t)) return t;
  }
  return std::nullopt;
}

const char* EndUseKey(EndUse e) {
  switch (e) {
    case EndUse::kMilitary: return "military";
    case EndUse::kMilitaryIntelligence: return "military-intelligence";
    case EndUse::kSupercomputer: return "supercomputer";
    case EndUse::kAdvancedIc: return "advanced-ic";
    case EndUse::kWmd: return "wmd";
    case EndUse::kUsPersonSupport: return "us-person-support";
    case EndUse::kCount: break;
  }
  return "?";
}

std::optional<EndUse> EndUseByKey(std::string_view key) {
  for (std::size_t i = 0; i < kEndUseCount; ++i) {
    if (key == EndUseKey(static_cast<EndUse>(i))) return static_cast<EndUse>(i);
  }
  return std::nullopt;
}

const char* CmpOpText(CmpOp op) {
  switch (op) {
    case CmpOp::kLt: return "<";
    case CmpOp::kLe: return "<=";
    case CmpOp::kGt: return ">";
    case CmpOp::kGe: return ">=";
    case CmpOp::kEq: return "==";
    case CmpOp::kNe: return "!=";
  }
  return "?";
}

const char* ClassificationBasisKey(ClassificationBasis b) {
  return b == ClassificationBasis::kVendorStated ? "vendor_stated" : "derived";
}

const char* ClassificationBasisWords(ClassificationBasis b) {
  return b == ClassificationBasis::kVendorStated ? "stated by the vendor" : "derived from the catalog figures";
}

const char* RuleStatusName(RuleStatus s) {
  switch (s) {
    case RuleStatus::kInForce: return "in_force";
    case RuleStatus::kUnconfirmed: return "unconfirmed";
    case RuleStatus::kAnnouncedRescinded: return "announced_rescinded";
  }
  return "?";
}

const char* ReviewPolicyName(ReviewPolicy p) {
  switch (p) {
    case ReviewPolicy::kNone: return "none";
    case ReviewPolicy::kPresumptionOfApproval: return "presumption_of_approval";
    case ReviewPolicy::kCaseByCase: return "case_by_case";
    case ReviewPolicy::kPresumptionOfDenial: return "presumption_of_denial";
  }
  return "?";
}

const char* RuleKindKey(RuleKind k) {
  switch (k) {
    case RuleKind::kClassify: return "classify";
    case RuleKind::kNote: return "note";
    case RuleKind::kRequire: return "require";
    case RuleKind::kOverride: return "override";
    case RuleKind::kException: return "exception";
  }
  return "?";
}

std::optional<MetricRole> MetricRoleByKey(std::string_view key) {
  if (key == "total_processing_performance") return MetricRole::kTpp;
  if (key == "performance_density") return MetricRole::kPerformanceDensity;
  return std::nullopt;
}

const char* AggregateName(Aggregate a) {
  switch (a) {
    case Aggregate::kMax: return "max";
    case Aggregate::kMin: return "min";
    case Aggregate::kSum: break;
  }
  return "sum";
}

std::optional<Aggregate> AggregateByName(std::string_view name) {
  for (const auto a : {Aggregate::kMax, Aggregate::kMin, Aggregate::kSum}) {
    if (name == AggregateName(a)) return a;
  }
  return std::nullopt;
}

bool ParamValueAllowed(const ParamSym& p, const Rational& value) {
  if (p.range) return value >= p.range->first && value <= p.range->second;
  return std::find(p.allowed.begin(), p.allowed.end(), value) != p.allowed.end();
}

std::string ParamDomainText(const ParamSym& p) {
  if (p.range) return p.range->first.ToString(6) + " to " + p.range->second.ToString(6);
  std::string out;
  for (const auto& v : p.allowed) out += (out.empty() ? "" : ", ") + v.ToString(6);
  return out;
}

const RuleInfo& Model::Info(RuleRef ref) const {
  switch (ref.kind) {
    case RuleKind::kClassify: return classify_rules[ref.index].info;
    case RuleKind::kNote: return notes[ref.index].info;
    case RuleKind::kRequire: return requirements[ref.index].info;
    case RuleKind::kOverride: return overrides[ref.index].info;
    case RuleKind::kException: break;
  }
  return exceptions[ref.index].info;
}

std::optional<std::uint32_t> Model::FindMetric(MetricRole role) const {
  return FindIn(metrics, [&](const MetricSym& e) { return e.role == role; });
}

std::optional<std::uint32_t> Model::FindEccn(const std::string& name) const {
  return FindIn(eccns, [&](const EccnSym& e) { return e.name == name; });
}
std::optional<std::uint32_t> Model::FindMetric(const std::string& name) const {
  return FindIn(metrics, [&](const MetricSym& e) { return e.name == name; });
}
std::optional<std::uint32_t> Model::FindParam(const std::string& name) const {
  return FindIn(params, [&](const ParamSym& e) { return e.name == name; });
}
std::optional<std::uint32_t> Model::FindGroup(const std::string& name) const {
  return FindIn(groups, [&](const GroupSym& e) { return e.name == name; });
}
std::optional<std::uint32_t> Model::FindRequirement(const std::string& id) const {
  return FindIn(requirements, [&](const RequireRule& e) { return e.info.id == id; });
}

}  // namespace chipgate
