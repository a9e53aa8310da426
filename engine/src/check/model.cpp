// Names of model enums and lookups by name.
#include "chipgate/model.hpp"

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
