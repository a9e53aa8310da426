// Names of model enums and lookups by name.
#include "check/model.hpp"

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
    case Input::kCount: break;
  }
  return "?";
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
